package nc.provincenord.pilotage.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The groups whose group mails a user turned off. */
@Repository
class OptOutRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  OptOutRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Set<String> usersOptedOut(String groupId) {
    return new TreeSet<>(jdbc.sql("select user_id from notification_opt_out where group_id = :groupId")
        .param("groupId", groupId).query(String.class).list());
  }

  Set<String> groupsOptedOut(String userId) {
    return new TreeSet<>(jdbc.sql("select group_id from notification_opt_out where user_id = :userId")
        .param("userId", userId).query(String.class).list());
  }

  void setGroupMails(String userId, String groupId, boolean wanted) {
    if (wanted) {
      jdbc.sql("delete from notification_opt_out where user_id = :userId and group_id = :groupId")
          .param("userId", userId).param("groupId", groupId).update();
    } else if (!groupsOptedOut(userId).contains(groupId)) {
      jdbc.sql("insert into notification_opt_out (user_id, group_id, created_at) values (:userId, :groupId, :now)")
          .param("userId", userId).param("groupId", groupId).param("now", OffsetDateTime.now(clock)).update();
    }
  }
}
