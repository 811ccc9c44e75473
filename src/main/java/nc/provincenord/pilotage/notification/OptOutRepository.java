package nc.provincenord.pilotage.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import nc.provincenord.pilotage.security.DirectoryCache;
import nc.provincenord.pilotage.security.DirectoryCaches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The groups whose group mails a user turned off. Who turned off a group's mails is kept like the
 * group's members ({@link DirectoryCache}): a choice made on this node counts for the next mail at once,
 * one made elsewhere (another node) within {@code pilotage.security.directory-refresh}.
 */
@Repository
class OptOutRepository {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final DirectoryCache<String, Set<String>> optedOutOfGroup;

  OptOutRepository(JdbcClient jdbc, Clock clock, DirectoryCaches caches) {
    this.jdbc = jdbc;
    this.clock = clock;
    optedOutOfGroup = caches.newCache();
  }

  Set<String> usersOptedOut(String groupId) {
    return optedOutOfGroup.get(groupId, group -> Set.copyOf(jdbc.sql("select user_id from notification_opt_out where group_id = :groupId")
        .param("groupId", group).query(String.class).list()));
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
    forgetOptOuts();
  }

  /** Now, and once more when a surrounding transaction ends: no mail of another step keeps what it read before. */
  private void forgetOptOuts() {
    optedOutOfGroup.forgetAll();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          optedOutOfGroup.forgetAll();
        }
      });
    }
  }
}
