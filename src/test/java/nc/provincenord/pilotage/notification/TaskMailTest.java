package nc.provincenord.pilotage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.MailIntegrationTest;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class TaskMailTest extends MailIntegrationTest {

  static final String CDP_MAIL = "cdp@demo.province-nord.nc";
  static final Pattern TASK_LINK = Pattern.compile("(http://localhost:8080/camunda/app/tasklist/default/#/\\?task=)([0-9a-f-]+)");

  @Autowired
  NotificationDispatcher dispatcher;
  @Autowired
  OutboxRepository outbox;
  @Autowired
  NotificationChannel channel;
  @Autowired
  MailTemplates templates;
  @Autowired
  NotificationProperties properties;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  Clock clock;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  MeterRegistry meters;

  @Test
  void shouldMailProjectManagersInFrenchWithAWorkingTaskLinkWhenAWatchItemIsSubmitted() {
    String title = "Veille notification " + UUID.randomUUID();
    String processInstanceId = submitWatchItem(title);
    String taskId = onlyTask(processInstanceId);

    dispatchAll();

    List<Mails> mails = await(CDP_MAIL, title, 1);
    assertThat(mails).hasSize(1);
    Mails mail = mails.get(0);
    assertThat(mail.subject()).isEqualTo("[Pilotage] Nouvelle tâche : Évaluer l'élément de veille");
    assertThat(mail.text())
        .contains("Bonjour Jean-Pierre Goa,")
        .contains("Une nouvelle tâche vous est proposée dans Pilotage (groupe « Chefs de projet »)")
        .contains("Processus : Veille technologique")
        .contains("Titre : " + title)
        .contains("Pour ne plus recevoir les courriels de ce groupe : http://localhost:8080/preferences/notifications");
    assertThat(mail.html()).contains("Ouvrir la tâche dans Tasklist").contains("href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskId + "\"");
    Matcher link = TASK_LINK.matcher(mail.text());
    assertThat(link.find()).as("lien vers la tâche dans le texte : %s", mail.text()).isTrue();
    EngineRestClient.Response task = rest().get("cdp", "/engine-rest/task/" + link.group(2));
    assertThat(task.status()).isEqualTo(200);
    assertThat(task.body().get("name").asText()).isEqualTo("Évaluer l'élément de veille");
    assertThat(task.body().get("processInstanceId").asText()).isEqualTo(processInstanceId);
    assertThat(Mails.received(smtp()::getReceivedMessages, "demandeur@", title)).isEmpty();
  }

  @Test
  void shouldMailTheAssigneeWhenTheTaskIsClaimed() {
    String title = "Veille attribution " + UUID.randomUUID();
    String taskId = onlyTask(submitWatchItem(title));
    dispatchAll();

    assertThat(rest().claim("cdp", taskId).status()).isEqualTo(204);
    dispatchAll();

    List<Mails> assigned = await(CDP_MAIL, title, 2).stream()
        .filter(mail -> mail.subject().startsWith("[Pilotage] Tâche qui vous est attribuée")).toList();
    assertThat(assigned).hasSize(1);
    assertThat(assigned.get(0).subject()).isEqualTo("[Pilotage] Tâche qui vous est attribuée : Évaluer l'élément de veille");
    assertThat(assigned.get(0).text()).contains("La tâche suivante vous est attribuée").contains("?task=" + taskId);
  }

  @Test
  void shouldLoseNothingWhileSmtpIsDownAndSendEachMailOnceWhenItIsBack() throws Exception {
    double sentBefore = meters.counter("pilotage.notification.sent").count();
    double retriedBefore = meters.counter("pilotage.notification.retried").count();
    List<String> titles = List.of("Panne SMTP A " + UUID.randomUUID(), "Panne SMTP B " + UUID.randomUUID(),
        "Panne SMTP C " + UUID.randomUUID());
    List<String> taskIds;
    smtpDown();
    try {
      taskIds = titles.stream().map(title -> onlyTask(submitWatchItem(title))).toList();
      dispatchAll();
      for (String taskId : taskIds) {
        List<OutboxRow> rows = outbox.byEventKeyPrefix("task-created:" + taskId);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(rows.get(0).attempts()).isEqualTo(1);
        assertThat(rows.get(0).lastError()).isNotBlank();
        // rendered once, kept with the failed attempt: the retry sends this same text
        assertThat(rows.get(0).subject()).isEqualTo("[Pilotage] Nouvelle tâche : Évaluer l'élément de veille");
        assertThat(rows.get(0).textBody()).contains(titles.get(taskIds.indexOf(taskId)));
      }
    } finally {
      smtpUp();
    }
    for (int round = 0; round < 20 && !allSent(taskIds); round++) {
      Thread.sleep(100);
      dispatchAll();
    }
    dispatchAll();
    for (String title : titles) {
      assertThat(await(CDP_MAIL, title, 1)).as("courriels pour « %s »", title).hasSize(1);
    }
    Thread.sleep(300);
    dispatchAll();
    for (String title : titles) {
      assertThat(Mails.received(smtp()::getReceivedMessages, CDP_MAIL, title)).hasSize(1);
    }
    assertThat(meters.counter("pilotage.notification.retried").count() - retriedBefore).isGreaterThanOrEqualTo(3);
    assertThat(meters.counter("pilotage.notification.sent").count() - sentBefore).isGreaterThanOrEqualTo(3);
  }

  @Test
  void shouldSendRowsLeftPendingByANodeThatStoppedOnceAfterRestart() throws Exception {
    String title = "Redémarrage " + UUID.randomUUID();
    String taskId = onlyTask(submitWatchItem(title));
    OffsetDateTime now = OffsetDateTime.now(clock);
    // A node claims the due rows and stops before sending them.
    List<Long> claimedByDeadNode = new TransactionTemplate(transactionManager).execute(status ->
        outbox.claimDue("node-that-stopped", 1000, now, now.plus(properties.getDispatcher().getClaimTimeout())));
    OutboxRow row = outbox.byEventKeyPrefix("task-created:" + taskId).get(0);
    assertThat(claimedByDeadNode).contains(row.id());

    // Pilotage restarted: a new dispatcher, the same database.
    NotificationDispatcher restarted = new NotificationDispatcher(outbox, channel, templates, properties, transactionManager, clock,
        new SimpleMeterRegistry());
    restarted.dispatchOnce();
    assertThat(Mails.received(smtp()::getReceivedMessages, CDP_MAIL, title)).as("réservation encore valable").isEmpty();
    assertThat(outbox.find(row.id()).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);

    Thread.sleep(properties.getDispatcher().getClaimTimeout().toMillis() + 200);
    while (restarted.dispatchOnce() > 0) {
      // drain
    }
    assertThat(await(CDP_MAIL, title, 1)).hasSize(1);
    assertThat(outbox.find(row.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    dispatchAll();
    assertThat(Mails.received(smtp()::getReceivedMessages, CDP_MAIL, title)).hasSize(1);
  }

  @Test
  void shouldWriteNoRowAndSendNoMailWhenTheStepRollsBack() throws Exception {
    String title = "Annulé " + UUID.randomUUID();
    Long rowsInsideTheTransaction = new TransactionTemplate(transactionManager).execute(status -> {
      processEngine.getRuntimeService().startProcessInstanceByKey(WatchVariables.PROCESS_KEY, watchItem(title));
      long rows = rowsMentioning(title);
      status.setRollbackOnly();
      return rows;
    });
    assertThat(rowsInsideTheTransaction).as("notification demandée dans la transaction").isEqualTo(1);
    assertThat(rowsMentioning(title)).isZero();
    dispatchAll();
    Thread.sleep(300);
    assertThat(Mails.received(smtp()::getReceivedMessages, CDP_MAIL, title)).isEmpty();
  }

  @Test
  void shouldHonourTheOptOutForGroupMailsButNotForAssignmentMails() {
    assertThat(put("cdp", "/api/notifications/preferences/chefs-de-projet", Map.of("groupMails", false)).status())
        .isEqualTo(200);
    try {
      JsonNode preferences = rest().get("cdp", "/api/notifications/preferences").body();
      assertThat(preferences.toString()).contains("\"groupId\":\"chefs-de-projet\"").contains("\"groupMails\":false");
      String title = "Désabonné " + UUID.randomUUID();
      String taskId = onlyTask(submitWatchItem(title));
      assertThat(outbox.byEventKeyPrefix("task-created:" + taskId)).extracting(OutboxRow::recipient).doesNotContain(CDP_MAIL);

      assertThat(rest().claim("cdp", taskId).status()).isEqualTo(204);
      dispatchAll();
      List<Mails> mails = await(CDP_MAIL, title, 1);
      assertThat(mails).extracting(Mails::subject)
          .containsExactly("[Pilotage] Tâche qui vous est attribuée : Évaluer l'élément de veille");
    } finally {
      put("cdp", "/api/notifications/preferences/chefs-de-projet", Map.of("groupMails", true));
    }
  }

  @Test
  void shouldNotEnqueueTheSameEventTwiceForTheSameRecipient() {
    String key = "test-duplicate:" + UUID.randomUUID();
    int first = new TransactionTemplate(transactionManager).execute(status ->
        notifs().toUser(key, "cdp", "message", Map.of("subject", "Essai", "paragraphs", List.of("Premier envoi."))));
    int second = new TransactionTemplate(transactionManager).execute(status ->
        notifs().toUser(key, "cdp", "message", Map.of("subject", "Essai", "paragraphs", List.of("Second envoi."))));
    assertThat(first).isEqualTo(1);
    assertThat(second).isZero();
    assertThat(outbox.byEventKeyPrefix(key)).singleElement().satisfies(row -> {
      assertThat(row.subject()).isEqualTo("[Pilotage] Essai");
      assertThat(row.textBody()).contains("Premier envoi.");
    });
  }

  @Autowired
  Notifications notifications;

  private Notifications notifs() {
    return notifications;
  }

  // --- helpers

  private EngineRestClient.Response put(String user, String path, Object body) {
    return org.springframework.web.client.RestClient.create().put().uri("http://localhost:" + port + path)
        .headers(headers -> headers.setBasicAuth(user, nc.provincenord.pilotage.PilotageIntegrationTest.DEMO_PASSWORD))
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(body)
        .exchange((request, response) -> new EngineRestClient.Response(response.getStatusCode().value(), null,
            new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), response.getHeaders()));
  }

  private String submitWatchItem(String title) {
    EngineRestClient.Response started = rest().submitStartForm("demandeur", WatchVariables.PROCESS_KEY, watchItem(title));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.body().get("id").asText();
  }

  static Map<String, Object> watchItem(String title) {
    return Map.of(
        WatchVariables.TITLE.name(), title,
        WatchVariables.SUMMARY.name(), "Un outil de signature électronique pour les délibérations.",
        WatchVariables.SOURCE_URL.name(), "https://example.org/signature",
        WatchVariables.DOMAIN.name(), "COLLABORATION",
        WatchVariables.RELEVANCE.name(), "Moins de déplacements entre les communes.");
  }

  private String onlyTask(String processInstanceId) {
    List<JsonNode> tasks = rest().tasks("cdp", processInstanceId);
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private void dispatchAll() {
    for (int i = 0; i < 50 && dispatcher.dispatchOnce() > 0; i++) {
      // drain what is due
    }
  }

  private boolean allSent(List<String> taskIds) {
    return taskIds.stream().allMatch(taskId -> outbox.byEventKeyPrefix("task-created:" + taskId).stream()
        .allMatch(row -> row.status() == OutboxStatus.SENT));
  }

  private long rowsMentioning(String title) {
    // a task mail is rendered by the dispatcher: until then its row holds the title in its data
    return jdbc.sql("select count(*) from notification_outbox where text_body like :pattern or model like :pattern")
        .param("pattern", "%" + title + "%").query(Long.class).single();
  }

  /** Waits up to five seconds for at least {@code count} mails, then returns them all. */
  private static List<Mails> await(String address, String marker, int count) {
    return Mails.await(MailIntegrationTest::receivedMessages, address, marker, count);
  }
}
