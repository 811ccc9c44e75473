package nc.provincenord.pilotage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.MailIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lifecycle step produces the expected French mails to the expected people, on a real SMTP server. Each
 * event's text, and a title with markup escaped in the HTML part, are tested without the application by
 * {@code lifecycle.LifecycleMailTextsTest}.
 */
class LifecycleMailTest extends MailIntegrationTest {

  static final String CDP_MAIL = "cdp@demo.province-nord.nc";
  static final String REQUESTER_MAIL = "demandeur@demo.province-nord.nc";

  @Autowired
  NotificationDispatcher dispatcher;

  @Test
  void aRequestMailsTheProjectManagersAndItsRefusalMailsTheRequesterWithTheReason() {
    String title = "Application de covoiturage " + UUID.randomUUID();
    Response started = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(
        LifecycleVariables.TITLE.name(), title,
        LifecycleVariables.OBJECTIVE.name(), "Réduire les trajets seuls entre Koné et Pouembout.",
        LifecycleVariables.DIRECTION.name(), "DDEE",
        LifecycleVariables.TYPE.name(), "SI",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 2_000_000,
        LifecycleVariables.COMMUNES.name(), List.of("98811")));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String instanceId = started.body().get("id").asText();
    String businessKey = started.body().get("businessKey").asText();

    dispatchAll();
    List<Mails> newTask = await(CDP_MAIL, title, 1);
    assertThat(newTask).hasSize(1);
    assertThat(newTask.get(0).text()).contains("Bonjour Jean-Pierre Goa,").contains(businessKey)
        .contains("/camunda/app/tasklist/default/#/?task=");

    JsonNode analysis = rest().tasks("cdp", instanceId).get(0);
    Response refused = rest().completeTask("cdp", analysis.get("id").asText(), Map.of(
        LifecycleVariables.ANALYSIS_DECISION.name(), "REFUSE", LifecycleVariables.REFUSAL_REASON.name(), "Une solution régionale existe déjà."));
    assertThat(refused.status()).as(refused.text()).isEqualTo(204);

    dispatchAll();
    List<Mails> toRequester = await(REQUESTER_MAIL, title, 1);
    assertThat(toRequester).hasSize(1);
    Mails mail = toRequester.get(0);
    assertThat(mail.subject()).isEqualTo("[Pilotage] Projet " + businessKey + " « " + title + " » : demande non retenue");
    assertThat(mail.text()).contains("Bonjour Marie Poadja,").contains("Motif : Une solution régionale existe déjà.");
    assertThat(mail.html()).contains("Une solution régionale existe déjà.");

    dispatchAll();
    assertThat(await(REQUESTER_MAIL, title, 2)).as("sent exactly once").hasSize(1);
  }

  private void dispatchAll() {
    for (int i = 0; i < 50 && dispatcher.dispatchOnce() > 0; i++) {
      // drain what is due
    }
  }

  private static List<Mails> await(String address, String marker, int count) {
    return Mails.await(MailIntegrationTest::receivedMessages, address, marker, count);
  }
}
