package nc.provincenord.pilotage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.MailIntegrationTest;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/** What an operator sees and does when mails cannot be delivered. */
class NotificationOperationsTest extends MailIntegrationTest {

  static final String ADMIN_MAIL = "admin@demo.province-nord.nc";

  @Autowired
  NotificationDispatcher dispatcher;
  @Autowired
  OutboxRepository outbox;
  @Autowired
  Notifications notifications;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  MeterRegistry meters;

  @Test
  void shouldKeepAFailedRowWithItsReasonReportItAndLetAnAdministratorRetryIt() throws Exception {
    String eventKey = "test-operations:" + UUID.randomUUID();
    double failedBefore = meters.counter("pilotage.notification.failed").count();
    new TransactionTemplate(transactionManager).execute(status -> notifications.toUser(eventKey, "admin", "message",
        Map.of("subject", "Essai d'exploitation", "paragraphs", List.of("Courriel d'essai " + eventKey))));
    OutboxRow row = outbox.byEventKeyPrefix(eventKey).get(0);
    assertThat(health("admin").text()).contains("\"status\":\"UP\"");

    smtpDown();
    try {
      for (int round = 0; round < 30 && outbox.find(row.id()).orElseThrow().status() != OutboxStatus.FAILED; round++) {
        dispatcher.dispatchOnce();
        Thread.sleep(100);
      }
      OutboxRow failed = outbox.find(row.id()).orElseThrow();
      assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
      assertThat(failed.attempts()).isEqualTo(3);
      assertThat(failed.lastError()).containsIgnoringCase("connect");
      assertThat(meters.counter("pilotage.notification.failed").count() - failedBefore).isEqualTo(1);

      EngineRestClient.Response health = health("admin");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.text()).contains("\"status\":\"DOWN\"").contains("\"failed\":1");
      // The same figures for a collector (Prometheus in service; the test context keeps the simple registry).
      EngineRestClient.Response failedGauge = rest().get("admin", "/actuator/metrics/pilotage.outbox.failed");
      assertThat(failedGauge.status()).as(failedGauge.text()).isEqualTo(200);
      assertThat(failedGauge.body().get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1.0);
      assertThat(rest().get("admin", "/actuator/metrics").text()).contains("pilotage.outbox.pending",
          "pilotage.outbox.oldest.pending", "pilotage.engine.incidents", "pilotage.engine.jobs.due",
          "pilotage.engine.jobs.without.retries");

      EngineRestClient.Response list = rest().get("admin", "/api/notifications/failed");
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.text()).contains("\"id\":" + row.id()).contains(ADMIN_MAIL).contains("\"attempts\":3");
      assertThat(rest().get("cdp", "/api/notifications/failed").status()).isEqualTo(403);
      assertThat(rest().post("cdp", "/api/notifications/" + row.id() + "/retry", Map.of()).status()).isEqualTo(403);
      assertThat(rest().anonymous(HttpMethod.GET, "/api/notifications/failed").status()).isEqualTo(401);

      Page page = page("admin", "/admin/notifications");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("Notifications en échec").contains(ADMIN_MAIL).contains("Relancer");
      assertThat(page("cdp", "/admin/notifications").status()).isEqualTo(403);
    } finally {
      smtpUp();
    }

    EngineRestClient.Response retried = rest().post("admin", "/api/notifications/" + row.id() + "/retry", Map.of());
    assertThat(retried.status()).as(retried.text()).isEqualTo(200);
    assertThat(rest().post("admin", "/api/notifications/" + row.id() + "/retry", Map.of()).status()).isEqualTo(404);
    while (dispatcher.dispatchOnce() > 0) {
      // drain
    }
    assertThat(outbox.find(row.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    assertThat(smtp().waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(Mails.received(smtp()::getReceivedMessages, ADMIN_MAIL, eventKey)).hasSize(1);
    assertThat(health("admin").text()).contains("\"status\":\"UP\"");
  }

  @Test
  void shouldLetEachUserChooseGroupMailsOnTheFrenchPreferencesPage() {
    Page page = page("cdp", "/preferences/notifications");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Mes notifications").contains("Chefs de projet");
    assertThat(groupMailsBox(page.body())).contains("checked");

    EngineRestClient.Response put = putGroupMails("cdp", false);
    try {
      assertThat(put.status()).as(put.text()).isLessThan(300);
      assertThat(groupMailsBox(page("cdp", "/preferences/notifications").body())).doesNotContain("checked");
    } finally {
      putGroupMails("cdp", true);
    }
  }

  /** The checkbox of the chefs-de-projet group on the preferences page. */
  private static String groupMailsBox(String html) {
    java.util.regex.Matcher box = java.util.regex.Pattern.compile("<input[^>]*value=\"chefs-de-projet\"[^>]*>").matcher(html);
    assertThat(box.find()).as("case à cocher du groupe chefs-de-projet").isTrue();
    return box.group();
  }

  private EngineRestClient.Response putGroupMails(String user, boolean groupMails) {
    return RestClient.create().put().uri("http://localhost:" + port + "/api/notifications/preferences/chefs-de-projet")
        .headers(headers -> headers.setBasicAuth(user, PilotageIntegrationTest.DEMO_PASSWORD))
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(java.util.Map.of("groupMails", groupMails))
        .exchange((request, response) -> new EngineRestClient.Response(response.getStatusCode().value(), null,
            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8), response.getHeaders()));
  }

  private EngineRestClient.Response health(String user) {
    return rest().get(user, "/actuator/health/notificationOutbox");
  }

  private Page page(String user, String path) {
    return RestClient.create().get().uri("http://localhost:" + port + path)
        .headers(headers -> headers.setBasicAuth(user, PilotageIntegrationTest.DEMO_PASSWORD))
        .exchange((request, response) -> new Page(response.getStatusCode().value(),
            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  record Page(int status, String body) {
  }
}
