package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A task or a start accepts only the editable fields of its own form, through {@code /engine-rest},
 * Tasklist's {@code /camunda/api/engine} and the Java API alike: anything else is a 400 in French
 * naming the field, and nothing changes (the task stays open, no decision, the same variables).
 */
class FormFieldsAttackTest extends PilotageIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void theMoaCannotSlipTheMoesDecisionOrTheTrackIntoItsValidation() {
    MajorProject project = MajorProject.atValidation(rest());
    String moaTask = project.taskId("moa", "Task_ValidateSpecification");

    Response moeDecision = rest().completeTask("moa", moaTask, Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE", LifecycleVariables.MOE_DECISION.name(), "APPROVE"));
    assertRefused(moeDecision, LifecycleVariables.MOE_DECISION.name(), "ne fait pas partie du formulaire");

    Response track = rest().post("moa", "/engine-rest/task/" + moaTask + "/complete",
        Map.of("variables", Map.of(LifecycleVariables.MOA_DECISION.name(), Map.of("value", "APPROVE"), LifecycleVariables.TRACK.name(), Map.of("value", "LIGHT"))));
    assertRefused(track, LifecycleVariables.TRACK.name(), "ne fait pas partie du formulaire");

    assertThat(processEngine.getTaskService().createTaskQuery().taskId(moaTask).count()).as("the task is still open").isOne();
    assertThat(project.variable(LifecycleVariables.TRACK.name()).get("value").asText()).isEqualTo("MAJOR");
    assertThat(processEngine.getRuntimeService().getVariable(project.processInstanceId, LifecycleVariables.MOE_DECISION.name())).isNull();
    assertThat(processEngine.getRuntimeService().getVariable(project.processInstanceId, LifecycleVariables.MOA_DECISION.name())).isNull();
    assertThat(decisions(project)).containsExactly("NEEDS_ANALYSIS");
  }

  @Test
  void aDisabledFieldSentAnywayIsRefused() {
    MajorProject project = MajorProject.atValidation(rest());
    String moaTask = project.taskId("moa", "Task_ValidateSpecification");

    Response revisions = rest().completeTask("moa", moaTask, Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE", LifecycleVariables.REVISION_COUNT.name(), 0));

    assertRefused(revisions, LifecycleVariables.REVISION_COUNT.name(), "est en lecture seule");
    assertThat(project.variable(LifecycleVariables.REVISION_COUNT.name()).get("value").asLong()).isZero();
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(moaTask).count()).isOne();
    assertThat(decisions(project)).containsExactly("NEEDS_ANALYSIS");
  }

  @Test
  void aProjectManagerCannotSetTheCommuneCountOfTheGovernanceTable() {
    MajorProject project = MajorProject.requested(rest());
    String analysis = project.taskId("cdp", "Task_AnalyseNeeds");
    Map<String, Object> forged = new HashMap<>(MajorProject.analysis());
    forged.put(LifecycleVariables.COMMUNE_COUNT.name(), 0);

    Response response = rest().completeTask("cdp", analysis, forged);

    assertRefused(response, LifecycleVariables.COMMUNE_COUNT.name(), "ne fait pas partie du formulaire");
    assertThat(project.variable(LifecycleVariables.COMMUNE_COUNT.name()).get("value").asLong()).isEqualTo(2);
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(analysis).count()).isOne();
    assertThat(processEngine.getRuntimeService().getVariable(project.processInstanceId, LifecycleVariables.ANALYSIS_DECISION.name())).isNull();
    assertThat(decisions(project)).isEmpty();
  }

  @Test
  void aStartFormWithAVariableOfItsOwnIsRefusedAndNoInstanceStarts() {
    long before = instances();
    Map<String, Object> forged = new HashMap<>(MajorProject.request());
    forged.put(LifecycleVariables.TRACK.name(), "LIGHT");

    assertRefused(rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, forged), LifecycleVariables.TRACK.name(),
        "formulaire de démarrage");
    Response started = rest().post("demandeur", "/engine-rest/process-definition/key/project-lifecycle/start",
        Map.of("variables", Map.of(LifecycleVariables.PROJECT_MANAGER.name(), Map.of("value", "demandeur"))));
    assertRefused(started, LifecycleVariables.PROJECT_MANAGER.name(), "formulaire de démarrage");

    assertThat(instances()).as("no instance").isEqualTo(before);
  }

  @Test
  void tasklistsOwnEngineApiRefusesTheExtraFieldToo() throws Exception {
    MajorProject project = MajorProject.atValidation(rest());
    String moeTask = project.taskId("moe", "Task_GiveTechnicalOpinion");
    WebAppSession moe = WebAppSession.login(port, "moe", DEMO_PASSWORD);

    java.net.http.HttpResponse<String> answer = moe.postJson("/camunda/api/engine/engine/default/task/" + moeTask + "/submit-form",
        "{\"variables\":{\"moeDecision\":{\"value\":\"APPROVE\"},\"moaDecision\":{\"value\":\"APPROVE\"}}}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains(LifecycleVariables.MOA_DECISION.name(), "ne fait pas partie du formulaire");
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(moeTask).count()).isOne();
    assertThat(processEngine.getRuntimeService().getVariable(project.processInstanceId, LifecycleVariables.MOA_DECISION.name())).isNull();
  }

  @Test
  void theJavaApiOnBehalfOfAUserIsCheckedAndTheFormsOwnFieldsStillPass() {
    MajorProject project = MajorProject.atValidation(rest());
    String moaTask = project.taskId("moa", "Task_ValidateSpecification");
    IdentityService identity = processEngine.getIdentityService();
    identity.setAuthentication("moa", List.of("moa"));
    try {
      assertThatThrownBy(() -> processEngine.getFormService().submitTaskForm(moaTask,
          Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE", LifecycleVariables.TRACK.name(), "LIGHT")))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(LifecycleVariables.TRACK.name());
      processEngine.getFormService().submitTaskForm(moaTask, Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(decisions(project)).containsExactly("NEEDS_ANALYSIS", "MOA_VALIDATION");
    assertThat(project.variable(LifecycleVariables.TRACK.name()).get("value").asText()).isEqualTo("MAJOR");
  }

  private static void assertRefused(Response response, String field, String why) {
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.message()).contains("« " + field + " »", why).doesNotContain("Cannot");
  }

  private List<String> decisions(MajorProject project) {
    String businessKey = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(project.processInstanceId).singleResult().getBusinessKey();
    return jdbc.sql("select kind from project_decision where business_key = :key order by id").param("key", businessKey)
        .query(String.class).list();
  }

  private long instances() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_KEY).count();
  }
}
