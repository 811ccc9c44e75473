package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every submission is checked on the server: 400, a French message, and nothing changed, through
 * the REST API on a start form and on a task form. Each rule's refusal and message (the MOA's revision
 * or rejection without comment among them) is tested on its own, without the application, by
 * {@link LifecycleFormsTest}.
 */
class LifecycleFormValidationTest extends PilotageIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  private Map<String, Object> request(String title) {
    Map<String, Object> request = new HashMap<>();
    request.put(LifecycleVariables.TITLE.name(), title);
    request.put(LifecycleVariables.OBJECTIVE.name(), "Dématérialiser les inscriptions.");
    request.put(LifecycleVariables.DIRECTION.name(), "DEFIJ");
    request.put(LifecycleVariables.TYPE.name(), "SI");
    request.put(LifecycleVariables.ESTIMATED_BUDGET.name(), 3_000_000);
    request.put(LifecycleVariables.COMMUNES.name(), List.of("98811"));
    return request;
  }

  private int projectsTitled(String title) {
    return jdbc.sql("select count(*) from project where title = :title").param("title", title).query(Integer.class).single();
  }

  private void assertStartRefused(Map<String, Object> request, String title, String message) {
    Response response = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, request);
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.message()).contains(message);
    assertThat(projectsTitled(title)).isZero();
  }

  @Test
  void shouldRefuseARequestWithoutTitle() {
    Map<String, Object> request = request("");
    assertStartRefused(request, "", "Le champ « Intitulé du projet » est obligatoire.");
  }

  @Test
  void shouldCheckOrDropTheFieldsSentWithARefusal() {
    String processInstanceId = start("Refus avec champs " + UUID.randomUUID());
    JsonNode analysis = task("cdp", processInstanceId, "Task_AnalyseNeeds");
    Response junkBudget = rest().completeTask("cdp", analysis.get("id").asText(), Map.of(LifecycleVariables.ANALYSIS_DECISION.name(), "REFUSE",
        LifecycleVariables.REFUSAL_REASON.name(), "Hors périmètre", LifecycleVariables.ESTIMATED_BUDGET.name(), "beaucoup"));
    assertThat(junkBudget.status()).isEqualTo(400);
    assertThat(junkBudget.message()).isEqualTo("Le champ « Budget estimé (XPF) » doit être un nombre entier (reçu : « beaucoup »).");
    assertUnchanged(processInstanceId, "Task_AnalyseNeeds", DecisionKind.NEEDS_ANALYSIS);

    Response refused = rest().completeTask("cdp", analysis.get("id").asText(), Map.of(LifecycleVariables.ANALYSIS_DECISION.name(), "REFUSE",
        LifecycleVariables.REFUSAL_REASON.name(), "Hors périmètre", LifecycleVariables.STAKEHOLDERS.name(), "Parties prenantes non vérifiées"));
    assertThat(refused.status()).as(refused.text()).isEqualTo(204);
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(LifecycleVariables.STAKEHOLDERS.name()).count()).as("an unchecked field of the other branch is not kept").isZero();
  }

  /** The task is still open and the refused step recorded no decision of its kind on the project. */
  private void assertUnchanged(String processInstanceId, String taskKey, DecisionKind refusedStep) {
    assertThat(rest().tasks("admin", processInstanceId)).extracting(task -> task.get("taskDefinitionKey").asText())
        .containsExactly(taskKey);
    String businessKey = jdbc.sql("select business_key from project where process_instance_id = :id").param("id", processInstanceId)
        .query(String.class).single();
    int decisions = jdbc.sql("select count(*) from project_decision where business_key = :key and kind = :kind")
        .param("key", businessKey).param("kind", refusedStep.name()).query(Integer.class).single();
    assertThat(decisions).isZero();
  }

  private String start(String title) {
    Response started = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, request(title));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.body().get("id").asText();
  }

  private JsonNode task(String user, String processInstanceId, String taskKey) {
    return rest().tasks(user, processInstanceId).stream()
        .filter(task -> taskKey.equals(task.get("taskDefinitionKey").asText()))
        .findFirst().orElseThrow(() -> new AssertionError(taskKey + " n'est pas ouverte pour " + user));
  }
}
