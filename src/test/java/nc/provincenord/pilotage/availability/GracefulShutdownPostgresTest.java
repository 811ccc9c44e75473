package nc.provincenord.pilotage.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.PostgresDatabase;
import nc.provincenord.pilotage.PostgresPilotage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Graceful stop in the middle of a dispatch, then a restart (issue 14, point 6): the dispatcher
 * finishes the mail it is sending and gives the rest of its batch back at once, so that nothing
 * waits for the claim timeout (five minutes here) and nothing is sent twice: after the restart,
 * exactly one mail per outbox row reaches the SMTP server (GreenMail).
 */
@Tag(PilotageIntegrationTest.OWN_ENGINE)
class GracefulShutdownPostgresTest {

  private static final int ROWS = 30;

  @Test
  void shouldReleaseTheBatchOnStopAndSendEachRowOnceAfterTheRestart() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.createFresh();
         NodeAwareSmtp smtp = new NodeAwareSmtp()) {
      smtp.slowDown(Duration.ofMillis(250));
      ConfigurableApplicationContext first = PostgresPilotage.start(database, true, node(smtp));
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      enqueue(jdbc, ROWS);
      assertThat(smtp.awaitFirstFrom("node-a", Duration.ofSeconds(30))).as("un envoi a commencé").isTrue();
      first.close();

      long sentBeforeStop = count(jdbc0(database), "status = 'SENT'");
      long stillPending = count(jdbc0(database), "status = 'PENDING'");
      System.out.printf("Arrêt pendant l'envoi : %d envoyées, %d rendues à la boîte d'envoi%n", sentBeforeStop, stillPending);
      assertThat(stillPending).as("l'arrêt est tombé au milieu d'un lot").isPositive();
      assertThat(count(jdbc0(database), "claimed_by is not null")).as("réservations rendues à l'arrêt").isZero();
      assertThat(smtp.delivered()).isEqualTo(sentBeforeStop);

      smtp.slowDown(Duration.ZERO);
      try (ConfigurableApplicationContext restarted = PostgresPilotage.start(database, true, node(smtp))) {
        JdbcClient again = restarted.getBean(JdbcClient.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count(again, "status = 'SENT'") < ROWS && System.nanoTime() < deadline) {
          Thread.sleep(250);
        }
        assertThat(count(again, "status = 'SENT'")).isEqualTo(ROWS);
        List<Long> rows = again.sql("select id from notification_outbox").query(Long.class).list();
        Map<String, Long> delivered = smtp.deliveredMessageIds();
        assertThat(delivered.values()).as("un seul courriel par ligne").allMatch(times -> times == 1);
        assertThat(delivered.keySet()).containsExactlyInAnyOrderElementsOf(
            rows.stream().map(id -> "<pilotage-notification-" + id + "@pilotage.province-nord.nc>").toList());
      }
    }
  }

  private static JdbcClient jdbc0(PostgresDatabase database) {
    org.springframework.jdbc.datasource.DriverManagerDataSource direct =
        new org.springframework.jdbc.datasource.DriverManagerDataSource(database.url(), database.user(), database.password());
    return JdbcClient.create(direct);
  }

  private static long count(JdbcClient jdbc, String condition) {
    return jdbc.sql("select count(*) from notification_outbox where " + condition).query(Long.class).single();
  }

  /** Rows as the steps write them: one mail each, due now. */
  private static void enqueue(JdbcClient jdbc, int rows) {
    OffsetDateTime now = OffsetDateTime.now();
    for (int i = 0; i < rows; i++) {
      jdbc.sql("""
              insert into notification_outbox (event_key, recipient, template, subject, text_body, html_body, status,
                attempts, next_attempt_at, created_at)
              values (:key, :recipient, 'essai', :subject, 'Texte', '<p>Texte</p>', 'PENDING', 0, :now, :now)""")
          .param("key", "graceful:" + i).param("recipient", "agent" + i + "@province-nord.nc")
          .param("subject", "Essai d'arrêt " + i).param("now", now).update();
    }
  }

  private static Map<String, Object> node(NodeAwareSmtp smtp) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("camunda.bpm.job-execution.enabled", true);
    properties.put("pilotage.notification.dispatcher.enabled", true);
    properties.put("pilotage.notification.dispatcher.interval", "PT0.5S");
    properties.put("pilotage.notification.dispatcher.batch-size", 10);
    properties.put("pilotage.notification.dispatcher.claim-timeout", "PT5M");
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", smtp.port());
    properties.put("spring.mail.properties.mail.smtp.localhost", "node-a");
    return properties;
  }
}
