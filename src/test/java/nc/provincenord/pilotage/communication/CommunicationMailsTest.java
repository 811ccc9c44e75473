package nc.provincenord.pilotage.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.communication.events.OnCallRosterGap;
import nc.provincenord.pilotage.notification.Recipients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A communication event that no Tasklist task announces becomes a French mail queued in the outbox in the
 * publishing transaction, for the group's members as the directory and the opt-outs table give them. Each
 * event's text and recipients are tested without the application by {@link CommunicationMailTextsTest}.
 */
class CommunicationMailsTest extends PilotageIntegrationTest {

  private static final String COMM = "comm@demo.province-nord.nc";

  @Autowired
  ApplicationEventPublisher events;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcClient jdbc;

  @Test
  void aRosterGapReachesEveryMemberOfTheServiceEvenThoseWhoTurnedGroupMailsOff() {
    String pid = uniqueId();
    jdbc.sql("insert into notification_opt_out (user_id, group_id, created_at) values ('comm', 'communication', :now)")
        .param("now", OffsetDateTime.now()).update();
    try {
      publish(new OnCallRosterGap(pid, LocalDate.of(2026, 2, 16), "Coupure d'eau à Koné", Recipients.group("communication")));
    } finally {
      jdbc.sql("delete from notification_opt_out where user_id = 'comm' and group_id = 'communication'").update();
    }

    // its whole text: CommunicationMailTextsTest
    assertThat(mails(pid, COMM)).singleElement().asString()
        .startsWith("[Pilotage] Alerte : personne d'astreinte la semaine du 16/02/2026\n")
        .doesNotContain("Pour ne plus recevoir les courriels de ce groupe");
  }

  private void publish(Object event) {
    transaction.executeWithoutResult(status -> events.publishEvent(event));
  }

  /** Subject and text of the mails queued for that recipient about that process instance, oldest first. */
  private List<String> mails(String processInstanceId, String recipient) {
    return jdbc.sql("""
            select subject, text_body from notification_outbox where recipient = :recipient and event_key like :key
            order by id""")
        .param("recipient", recipient).param("key", "%:" + processInstanceId + "%")
        .query((rs, row) -> rs.getString("subject") + "\n" + rs.getString("text_body")).list();
  }

  private static String uniqueId() {
    return UUID.randomUUID().toString();
  }
}
