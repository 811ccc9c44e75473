package nc.provincenord.pilotage.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.MailIntegrationTest;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.notification.NotificationDispatcher;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;

/**
 * A step that keeps failing: the closing PDF of a project that the portfolio does not know. After the
 * three tries of the retry cycle, the incident Cockpit shows carries a French message, the admin page
 * lists it, and the administrators receive one mail for it, however often the outbox is dispatched.
 */
class FailedStepIncidentTest extends MailIntegrationTest {

  static final String ADMIN_MAIL = "admin@demo.province-nord.nc";
  static final String UNKNOWN_PROJECT = "PRJ-1998-0999";

  @Autowired
  NotificationDispatcher dispatcher;

  @Test
  void aStepFailingAfterEveryRetryOpensAFrenchIncidentAndMailsTheAdministratorsOnce() throws Exception {
    ManagementService management = processEngine.getManagementService();
    String instanceId = processEngine.getRuntimeService().createProcessInstanceByKey(LifecycleVariables.PROCESS_KEY)
        .businessKey(UNKNOWN_PROJECT).startBeforeActivity("Task_BuildClosingReport").execute().getId();
    Job job = management.createJobQuery().processInstanceId(instanceId).activityId("Task_BuildClosingReport").singleResult();
    assertThat(job.getRetries()).isEqualTo(3);

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(incidents(instanceId)).as("no incident before the last try").isEmpty();
      assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Aucun projet " + UNKNOWN_PROJECT);
    }

    // What Cockpit shows (it reads the engine's REST API).
    List<JsonNode> incidents = incidents(instanceId);
    assertThat(incidents).hasSize(1);
    String message = incidents.get(0).get("incidentMessage").asText();
    assertThat(message).startsWith("Échec de l'étape « Établir le bilan de clôture (PDF) » du processus « Cycle de vie d'un projet »")
        .contains("après toutes les tentatives prévues").contains("Cause : Aucun projet " + UNKNOWN_PROJECT);
    String incidentId = incidents.get(0).get("id").asText();

    Page page = page("admin", "/admin/incidents");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Incidents ouverts", "Cycle de vie d&#39;un projet", "Établir le bilan de clôture (PDF)",
        UNKNOWN_PROJECT, "Cause : Aucun projet " + UNKNOWN_PROJECT);
    assertThat(page("cdp", "/admin/incidents").status()).isEqualTo(403);

    drain();
    drain();
    List<MimeMessage> mails = incidentMails();
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(ADMIN_MAIL);
    assertThat(mail.getSubject()).isEqualTo(
        "[Pilotage] Incident : « Établir le bilan de clôture (PDF) » (Cycle de vie d'un projet) en échec");
    assertThat(text(mail)).contains("dossier " + UNKNOWN_PROJECT, "Cause : Aucun projet " + UNKNOWN_PROJECT,
        "/admin/incidents", "/process-instance/" + instanceId);

    // An administrator retries once; it fails again: a new incident, one more mail, not two.
    management.setJobRetries(job.getId(), 1);
    assertThat(incidents(instanceId)).isEmpty();
    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Aucun projet");
    List<JsonNode> again = incidents(instanceId);
    assertThat(again).hasSize(1);
    assertThat(again.get(0).get("id").asText()).isNotEqualTo(incidentId);
    drain();
    assertThat(incidentMails()).hasSize(2);

    processEngine.getRuntimeService().deleteProcessInstance(instanceId, "fin du test");
  }

  private List<JsonNode> incidents(String instanceId) {
    EngineRestClient.Response response = rest().get("admin", "/engine-rest/incident?processInstanceId=" + instanceId);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    List<JsonNode> list = new java.util.ArrayList<>();
    response.body().forEach(list::add);
    return list;
  }

  private void drain() {
    while (dispatcher.dispatchOnce() > 0) {
      // every due row
    }
  }

  private static List<MimeMessage> incidentMails() throws Exception {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage message : Arrays.asList(receivedMessages())) {
      if (message.getSubject().startsWith("[Pilotage] Incident")) {
        found.add(message);
      }
    }
    return found;
  }

  /** The plain-text part, as a mail client shows it. */
  private static String text(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = text(multipart.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
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
