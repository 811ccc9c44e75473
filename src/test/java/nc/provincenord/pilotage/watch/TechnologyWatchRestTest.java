package nc.provincenord.pilotage.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * technology-watch walked through the REST API as the demo users, as Tasklist does. One refused submission
 * shows the wiring (400 in French, nothing started); each form rule (a share without message among them,
 * the task left open) is tested in the process tests' engine by {@link TechnologyWatchProcessTest}.
 */
class TechnologyWatchRestTest extends PilotageIntegrationTest {

  @Autowired
  WatchItemRepository repository;

  @Test
  void aRequesterSubmitsAndAProjectManagerSharesWithTheReferents() {
    EngineRestClient rest = rest();
    Response started = rest.submitStartForm("demandeur", WatchVariables.PROCESS_KEY, item("Messagerie souveraine"));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String instanceId = started.body().get("id").asText();

    assertThat(rest.tasks("moe", instanceId)).as("another group does not see the task").isEmpty();
    List<JsonNode> tasks = rest.tasks("cdp", instanceId);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("name").asText()).isEqualTo("Évaluer l'élément de veille");
    String taskId = tasks.get(0).get("id").asText();

    Response stolen = rest.completeTask("moe", taskId, Map.of(WatchVariables.DECISION.name(), "ARCHIVE"));
    assertThat(stolen.status()).as("moe may not complete a task of chefs-de-projet").isIn(403, 404);

    Response evaluated = rest.completeTask("cdp", taskId, Map.of(WatchVariables.DECISION.name(), "SHARE",
        WatchVariables.DECISION_COMMENT.name(), "À présenter à la prochaine réunion du réseau."));
    assertThat(evaluated.status()).isEqualTo(204);

    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult().getEndActivityId()).isEqualTo("Event_WatchItemShared");
    assertThat(repository.find(instanceId)).hasValueSatisfying(recorded -> {
      assertThat(recorded.title()).isEqualTo("Messagerie souveraine");
      assertThat(recorded.submittedBy()).isEqualTo("demandeur");
      assertThat(recorded.decision()).isEqualTo("SHARE");
      assertThat(recorded.decidedBy()).isEqualTo("cdp");
      assertThat(recorded.decisionComment()).isEqualTo("À présenter à la prochaine réunion du réseau.");
    });
  }

  @Test
  void aBadSubmissionAnswers400InFrenchAndStartsNothing() {
    long before = instanceCount();
    Map<String, Object> item = item("Lien invalide");
    item.put(WatchVariables.SOURCE_URL.name(), "ftp://serveur/fichier");

    Response refused = rest().submitStartForm("demandeur", WatchVariables.PROCESS_KEY, item);

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.message()).startsWith("Le champ « Lien vers la source » doit être une adresse web commençant par http:// ou https://");
    assertThat(instanceCount()).isEqualTo(before);
  }

  @Test
  void aBusinessOwnerOutsideTheDsiCannotStartAWatchItem() {
    Response refused = rest().submitStartForm("moa", WatchVariables.PROCESS_KEY, item("Hors DSI"));

    assertThat(refused.status()).isIn(403, 404);
  }

  private long instanceCount() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(WatchVariables.PROCESS_KEY).count();
  }

  static Map<String, Object> item(String title) {
    Map<String, Object> item = new HashMap<>();
    item.put(WatchVariables.TITLE.name(), title);
    item.put(WatchVariables.SUMMARY.name(), "Une solution hébergée en Nouvelle-Calédonie.");
    item.put(WatchVariables.SOURCE_URL.name(), "https://example.nc/veille");
    item.put(WatchVariables.DOMAIN.name(), "COLLABORATION");
    item.put(WatchVariables.RELEVANCE.name(), "Réduire la dépendance aux câbles sous-marins.");
    return item;
  }
}
