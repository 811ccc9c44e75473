package nc.provincenord.pilotage.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.notification.NotificationDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The référents network's events are not mailed on their own: the invitation and each action
 * are Tasklist tasks created in the same step, so each person hears of them in exactly one
 * mail — the task mail, naming the meeting or the action — and never a second one.
 */
class NetworkMailsTest extends PilotageIntegrationTest {

  private static final String REFERENT = "referent@demo.province-nord.nc";

  @Autowired
  JdbcClient jdbc;
  @Autowired
  NotificationDispatcher dispatcher;

  @Test
  void eachReferentHearsOfTheInvitationInOneMailNamingTheMeeting() {
    String title = "Réunion des référents " + UUID.randomUUID().toString().substring(0, 8);
    String pi = start(title);
    String invitationTask = rest().tasks("referent", pi).get(0).get("id").asText();

    assertThat(mailsMentioning(title)).singleElement().asString()
        .startsWith("[Pilotage] Nouvelle tâche : Prendre connaissance de l'invitation à la réunion des référents\n")
        .contains("Titre : " + title)
        .containsPattern("Détails : Réunion le \\d{2}/\\d{2}/\\d{4} à \\d{2}:\\d{2} \\(heure de Nouméa\\), à Koumac\\.")
        .contains("?task=" + invitationTask);
    processEngine.getRuntimeService().deleteProcessInstance(pi, "test");
  }

  @Test
  void anActionOwnerHearsOfTheActionInOneMailWithItsDueDate() {
    String title = "Réunion des référents " + UUID.randomUUID().toString().substring(0, 8);
    String what = "Relayer le compte rendu " + UUID.randomUUID().toString().substring(0, 8);
    String pi = start(title);
    JsonNode minutes = rest().tasks("cdp", pi).get(0);
    LocalDate due = LocalDate.now(ReferentMeetingRestTest.NOUMEA).plusDays(20);
    Response written = rest().completeTask("cdp", minutes.get("id").asText(), Map.of(
        MeetingVariables.MINUTES.name(), "Compte rendu.",
        MeetingVariables.ACTIONS.name(), what + " ; referent ; " + due.format(DateTimeFormatter.ofPattern("dd/MM/uuuu"))));
    assertThat(written.status()).as(written.text()).isEqualTo(204);

    assertThat(mailsMentioning(what)).singleElement().asString()
        .startsWith("[Pilotage] Tâche qui vous est attribuée : Action : " + what + "\n")
        .contains("Titre : " + title)
        .contains("Échéance : " + due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 17:00 (heure de Nouméa)");
    processEngine.getRuntimeService().deleteProcessInstance(pi, "test");
  }

  private String start(String title) {
    Map<String, Object> plan = ReferentMeetingRestTest.plan();
    plan.put(MeetingVariables.TITLE.name(), title);
    Response started = rest().submitStartForm("cdp", MeetingVariables.PROCESS_KEY, plan);
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.body().get("id").asText();
  }

  /** Subject and text of every mail queued for the référent whose subject or text mentions {@code words}. */
  /** The referent's mails that name {@code words}, once rendered: task mails get their text from the dispatcher. */
  private List<String> mailsMentioning(String words) {
    for (int round = 0; round < 20 && jdbc.sql("""
            select count(*) from notification_outbox where recipient = :recipient and text_body is null""")
        .param("recipient", REFERENT).query(Long.class).single() > 0; round++) {
      dispatcher.dispatchOnce();
    }
    return jdbc.sql("select subject, text_body from notification_outbox where recipient = :recipient")
        .param("recipient", REFERENT)
        .query((rs, row) -> rs.getString("subject") + "\n" + rs.getString("text_body")).list()
        .stream().filter(mail -> mail.contains(words)).toList();
  }
}
