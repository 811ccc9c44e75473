package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;

/**
 * A MAJOR project (60 MXPF, two communes) walked through {@code /engine-rest} by the demo users up
 * to a given task, for the attack tests (the target of the forgeries) and for tests that need real traffic.
 */
public final class MajorProject {

  final EngineRestClient rest;
  public final String processInstanceId;

  private MajorProject(EngineRestClient rest, String processInstanceId) {
    this.rest = rest;
    this.processInstanceId = processInstanceId;
  }

  /** Requested by {@code demandeur}: waits at the analysis ({@code chefs-de-projet}). */
  public static MajorProject requested(EngineRestClient rest) {
    Response started = rest.submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, request());
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return new MajorProject(rest, started.body().get("id").asText());
  }

  static Map<String, Object> request() {
    return Map.of(
        LifecycleVariables.TITLE.name(), "Cible d'attaque " + UUID.randomUUID(),
        LifecycleVariables.OBJECTIVE.name(), "Vérifier que les décisions ne se forgent pas.",
        LifecycleVariables.DIRECTION.name(), "DSI",
        LifecycleVariables.TYPE.name(), "SI",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 60_000_000,
        LifecycleVariables.COMMUNES.name(), List.of("98811", "98812"),
        LifecycleVariables.DESIRED_DATE.name(), LocalDate.now().plusMonths(10).toString());
  }

  static Map<String, Object> analysis() {
    return Map.of(LifecycleVariables.ANALYSIS_DECISION.name(), "QUALIFY", LifecycleVariables.STAKEHOLDERS.name(), "DSI", LifecycleVariables.NEEDS.name(), "Des besoins",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 60_000_000, LifecycleVariables.DURATION_MONTHS.name(), 10);
  }

  /** Analysed and specified by {@code cdp}: waits at the MOA's and the MOE's validations. */
  public static MajorProject atValidation(EngineRestClient rest) {
    MajorProject project = requested(rest);
    project.submit("cdp", "Task_AnalyseNeeds", analysis());
    project.submit("cdp", "Task_WriteSpecification", Map.of(
        LifecycleVariables.SPEC_DOCUMENT_URL.name(), "https://sharepoint.province-nord.nc/dsi/cdc.docx", LifecycleVariables.SPEC_VERSION.name(), "1.0", LifecycleVariables.SPEC_SUMMARY.name(), "Résumé."));
    return project;
  }

  public String taskId(String user, String taskKey) {
    return rest.tasks(user, processInstanceId).stream()
        .filter(task -> taskKey.equals(task.get("taskDefinitionKey").asText()))
        .map(task -> task.get("id").asText())
        .findFirst()
        .orElseThrow(() -> new AssertionError(user + " ne voit pas la tâche " + taskKey));
  }

  void submit(String user, String taskKey, Map<String, ?> variables) {
    Response response = rest.completeTask(user, taskId(user, taskKey), variables);
    assertThat(response.status()).as(taskKey + " : " + response.text()).isIn(200, 204);
  }

  JsonNode variable(String name) {
    return rest.get("admin", "/engine-rest/process-instance/" + processInstanceId + "/variables/" + name).body();
  }
}
