package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.events.LifecycleNotification;
import nc.provincenord.pilotage.lifecycle.events.ProjectTurnedRed;
import nc.provincenord.pilotage.notification.Recipients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lifecycle event becomes a French mail queued in the outbox in the publishing transaction, for the
 * members the directory gives. Each event's text (amounts in XPF, dates and times of Nouméa) is tested
 * without the application by {@link LifecycleMailTextsTest}.
 */
class LifecycleMailsTest extends PilotageIntegrationTest {

  private static final Recipients COMMITTEE = Recipients.group("comite-pilotage");

  @Autowired
  ApplicationEventPublisher events;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcClient jdbc;

  @Test
  void aRedProjectAlertsEveryMemberOfTheCommittee() {
    String key = uniqueKey();
    publish(new ProjectTurnedRed(key, "Sauvegarde", COMMITTEE, "ROUGE", "ORANGE", "VERT",
        List.of("Coût consommé 130 % du budget alloué")));

    assertThat(mail(key, "copil@demo.province-nord.nc"))
        .contains("Alerte : le projet " + key).contains("Coût : ROUGE").contains("- Coût consommé 130 % du budget alloué");
  }

  private void publish(LifecycleNotification event) {
    transaction.executeWithoutResult(status -> events.publishEvent(event));
  }

  /** Subject and text of the one mail queued for that recipient about that project. */
  private String mail(String businessKey, String recipient) {
    List<String> mails = jdbc.sql("select subject, text_body from notification_outbox where recipient = :recipient and event_key like :key")
        .param("recipient", recipient).param("key", "%" + businessKey + "%")
        .query((rs, row) -> rs.getString("subject") + "\n" + rs.getString("text_body")).list();
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  private static String uniqueKey() {
    return "PRJ-1998-" + UUID.randomUUID().toString().substring(0, 4);
  }
}
