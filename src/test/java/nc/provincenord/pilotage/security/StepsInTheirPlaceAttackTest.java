package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18, as an attacker would try it on the demo: a start in the middle of a process, a
 * borrowed identity, a decision handed to or taken by the wrong person, engine calls that move a
 * process from outside. Each refusal is a French 403 and changes nothing.
 */
class StepsInTheirPlaceAttackTest extends PilotageIntegrationTest {

  private static final String LIFECYCLE = "/engine-rest/process-definition/key/project-lifecycle";

  @Autowired
  JdbcClient jdbc;

  @Test
  void aRequesterCannotStartSomeoneElsesProjectAtItsApproval() {
    Project victim = requestProject("demandeur");
    long instances = lifecycleInstances();
    long mails = outboxMails();

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("businessKey", victim.key());
    body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_ApproveProject")));
    body.put("skipCustomListeners", true);
    body.put("skipIoMappings", true);
    body.put("variables", Map.of(LifecycleVariables.ARBITRATION_DECISION.name(), Map.of("value", "APPROVE"),
        LifecycleVariables.ALLOCATED_BUDGET.name(), Map.of("value", 99_999_999_999L)));
    for (String activity : List.of("Task_ApproveProject", "Task_RecordClosure")) {
      body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activity)));
      Response refused = rest().post("demandeur", LIFECYCLE + "/start", body);
      assertThat(refused.status()).as(refused.text()).isEqualTo(403);
      assertThat(refused.message()).contains("Un processus démarre à son début");
    }
    Response submitted = rest().post("demandeur", LIFECYCLE + "/submit-form", body);
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(403);
    assertThat(submitted.message()).contains("Un processus démarre à son début");
    Response publish = rest().post("demandeur", "/engine-rest/process-definition/key/publication-request/start",
        Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_Publish"))));
    assertThat(publish.status()).as(publish.text()).isEqualTo(403);
    assertThat(publish.message()).contains("Un processus démarre à son début");

    assertThat(lifecycleInstances()).isEqualTo(instances);
    assertThat(outboxMails()).isEqualTo(mails);
    assertThat(jdbc.sql("select allocated_budget, status from project where business_key = :key").param("key", victim.key())
        .query().singleRow()).containsEntry("ALLOCATED_BUDGET", null).containsEntry("STATUS", "ACTIVE");
  }

  @Test
  void aRequesterCannotChooseTheBusinessKeyAndNobodyReusesOne() {
    Project existing = requestProject("demandeur");
    long instances = lifecycleInstances();

    Response chosen = rest().post("demandeur", LIFECYCLE + "/submit-form",
        Map.of("businessKey", "PRJ-2099-0001", "variables", Map.of()));
    assertThat(chosen.status()).as(chosen.text()).isEqualTo(403);
    assertThat(chosen.message()).isEqualTo("Pilotage attribue lui-même la référence (businessKey) d'un processus : n'en envoyez pas.");

    Response reused = rest().post("admin", "/engine-rest/process-definition/key/technology-watch/start",
        Map.of("businessKey", existing.key(), "variables", Map.of()));
    assertThat(reused.status()).as(reused.text()).isEqualTo(403);
    assertThat(reused.message()).isEqualTo("La référence « " + existing.key() + " » est déjà celle d'un autre processus : démarrage refusé.");
    assertThat(lifecycleInstances()).isEqualTo(instances);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(existing.key()).count())
        .isEqualTo(1);
  }

  @Test
  void theRequesterIsWhoeverIsLoggedInNotTheNameSent() {
    Map<String, Object> variables = new LinkedHashMap<>(projectRequest());
    variables.put(LifecycleVariables.REQUESTER.name(), "copil");
    Response started = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, variables);
    if (started.status() == 200) {
      String pi = started.body().get("id").asText();
      assertThat(jdbc.sql("select requester from project where process_instance_id = :pi").param("pi", pi)
          .query(String.class).single()).isEqualTo("demandeur");
      assertThat(processEngine.getRuntimeService().getVariable(pi, LifecycleVariables.REQUESTER.name())).isEqualTo("demandeur");
    } else {
      // a start form that refuses the field it does not have is as good: nothing is recorded
      assertThat(started.status()).as(started.text()).isEqualTo(400);
    }
    assertThat(jdbc.sql("select count(*) from project where requester = 'copil'").query(Integer.class).single()).isZero();
  }

  @Test
  void theMoaCannotHandItsValidationToTheProjectManagerWhoCannotTakeItAnyway() {
    Project project = requestProject("demandeur");
    String taskId = project.specificationToValidate();

    for (String path : List.of("/assignee", "/delegate", "/claim")) {
      Response handed = rest().post("moa", "/engine-rest/task/" + taskId + path, Map.of("userId", "cdp"));
      assertThat(handed.status()).as(path + " " + handed.text()).isEqualTo(403);
      assertThat(handed.message()).isEqualTo("Cette tâche ne peut être confiée qu'à Maîtrise d'ouvrage (MOA) : « cdp » n'en fait pas partie.");
    }
    Response candidate = rest().post("moa", "/engine-rest/task/" + taskId + "/identity-links",
        Map.of("userId", "cdp", "type", "candidate"));
    assertThat(candidate.status()).as(candidate.text()).isEqualTo(403);
    Response group = rest().post("moa", "/engine-rest/task/" + taskId + "/identity-links",
        Map.of("groupId", "chefs-de-projet", "type", "candidate"));
    assertThat(group.status()).as(group.text()).isEqualTo(403);
    assertThat(group.message()).isEqualTo("Seul un administrateur peut ajouter un groupe candidat à une tâche.");
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(taskId))
        .noneMatch(link -> "cdp".equals(link.getUserId()) || "chefs-de-projet".equals(link.getGroupId()));

    // even assigned to him by an administrator, the project manager does not decide as MOA
    processEngine.getTaskService().setAssignee(taskId, "cdp");
    Response decided = rest().completeTask("cdp", taskId, Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));
    assertThat(decided.status()).as(decided.text()).isEqualTo(403);
    assertThat(decided.message()).isEqualTo("Cette tâche revient à Maîtrise d'ouvrage (MOA) : « cdp » ne peut pas la terminer.");
    assertThat(project.decisions()).isZero();
    processEngine.getTaskService().setAssignee(taskId, null);

    Response moaDecides = rest().completeTask("moa", taskId, Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));
    assertThat(moaDecides.status()).as(moaDecides.text()).isEqualTo(204);
    assertThat(project.decisions()).isEqualTo(1);
  }

  @Test
  void aMemberTakenOutOfTheGroupCannotFinishTheTaskHeClaimedAMomentBefore() {
    Project project = requestProject("demandeur");
    String taskId = project.specificationToValidate();
    processEngine.getIdentityService().createMembership("moe", "moa");
    Response claimed;
    try {
      claimed = rest().post("moe", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "moe"));
    } finally {
      processEngine.getIdentityService().deleteMembership("moe", "moa");
    }
    assertThat(claimed.status()).as(claimed.text()).isEqualTo(204);

    Response decided = rest().completeTask("moe", taskId, Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));
    assertThat(decided.status()).as(decided.text()).isEqualTo(403);
    assertThat(decided.message()).isEqualTo("Cette tâche revient à Maîtrise d'ouvrage (MOA) : « moe » ne peut pas la terminer.");
    assertThat(project.decisions()).isZero();
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    processEngine.getTaskService().setAssignee(taskId, null);
  }

  @Test
  void theProjectManagerNeverTakesHisOwnProjectsMoaDecisionEvenAsAMemberOfMoa() {
    Project project = requestProject("demandeur");
    String taskId = project.specificationToValidate();
    processEngine.getIdentityService().createMembership("cdp", "moa");
    try {
      Response decided = rest().completeTask("cdp", taskId, Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));
      assertThat(decided.status()).as(decided.text()).isEqualTo(403);
      assertThat(decided.message())
          .isEqualTo("« cdp » est le chef de projet de ce projet : cette décision revient à quelqu'un d'autre (séparation des fonctions).");
      assertThat(project.decisions()).isZero();
      assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    } finally {
      processEngine.getIdentityService().deleteMembership("cdp", "moa");
    }
  }

  @Test
  void nobodyButAnAdministratorMovesAProcessFromOutside() {
    Project project = requestProject("demandeur");
    String pi = project.processInstanceId();
    long mails = outboxMails();
    List<Call> calls = List.of(
        new Call("POST", "/engine-rest/process-instance/" + pi + "/modification",
            Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_RecordClosure")))),
        new Call("PUT", "/engine-rest/process-instance/" + pi + "/suspended", Map.of("suspended", true)),
        new Call("PUT", "/engine-rest/process-definition/key/project-lifecycle/suspended", Map.of("suspended", true)),
        new Call("DELETE", "/engine-rest/process-instance/" + pi, null),
        new Call("POST", "/engine-rest/process-definition/key/project-lifecycle/restart",
            Map.of("processInstanceIds", List.of(pi), "instructions", List.of(Map.of("type", "startAfterActivity",
                "activityId", "Task_AnalyseNeeds")))),
        new Call("POST", "/engine-rest/migration/execute", Map.of("processInstanceIds", List.of(pi))),
        new Call("POST", "/engine-rest/message", Map.of("messageName", "anything", "businessKey", project.key())),
        new Call("POST", "/engine-rest/signal", Map.of("name", "anything")),
        new Call("POST", "/engine-rest/condition", Map.of("businessKey", project.key())),
        new Call("POST", "/camunda/api/engine/engine/default/process-instance/" + pi + "/modification",
            Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_AnalyseNeeds")))),
        // the same engine, named: Camunda serves its resources under /engine-rest/engine/{name} too
        new Call("POST", "/engine-rest/engine/default/process-instance/" + pi + "/modification",
            Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_AnalyseNeeds")))),
        new Call("POST", "/engine-rest/engine/default/signal", Map.of("name", "anything")));
    for (String user : List.of("demandeur", "cdp", "concepteur")) {
      for (Call call : calls) {
        Response refused = rest().call(user, org.springframework.http.HttpMethod.valueOf(call.method()), call.path(), call.body());
        assertThat(refused.status()).as(user + " " + call.method() + " " + call.path() + " " + refused.text()).isEqualTo(403);
        assertThat(refused.message()).as(call.path()).startsWith("Réservé aux administrateurs : un processus avance étape par étape");
      }
    }
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).active().count()).isEqualTo(1);
    assertThat(processEngine.getRuntimeService().getActiveActivityIds(pi)).containsExactly("Task_AnalyseNeeds");
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(LifecycleVariables.PROCESS_KEY)
        .suspended().count()).isZero();
    assertThat(outboxMails()).isEqualTo(mails);
  }

  private record Call(String method, String path, Object body) {
  }

  private Project requestProject(String requester) {
    Response started = rest().submitStartForm(requester, LifecycleVariables.PROCESS_KEY, projectRequest());
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return new Project(started.body().get("id").asText(), started.body().get("businessKey").asText());
  }

  private static Map<String, Object> projectRequest() {
    return Map.of(
        LifecycleVariables.TITLE.name(), "Annuaire des agents",
        LifecycleVariables.OBJECTIVE.name(), "Un annuaire à jour des agents de la province.",
        LifecycleVariables.DIRECTION.name(), "DSI",
        LifecycleVariables.TYPE.name(), "SI",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 2_000_000,
        LifecycleVariables.COMMUNES.name(), List.of("98811"),
        LifecycleVariables.DESIRED_DATE.name(), LocalDate.now().plusMonths(6).toString());
  }

  private long lifecycleInstances() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_KEY).count();
  }

  private long outboxMails() {
    return jdbc.sql("select count(*) from notification_outbox").query(Long.class).single();
  }

  private final class Project {
    private final String processInstanceId;
    private final String key;

    Project(String processInstanceId, String key) {
      this.processInstanceId = processInstanceId;
      this.key = key;
    }

    String processInstanceId() {
      return processInstanceId;
    }

    String key() {
      return key;
    }

    void analyseAndSpecify() {
      complete("cdp", "Task_AnalyseNeeds", Map.of(LifecycleVariables.ANALYSIS_DECISION.name(), "QUALIFY", LifecycleVariables.STAKEHOLDERS.name(), "DSI",
          LifecycleVariables.NEEDS.name(), "Annuaire", LifecycleVariables.RISKS.name(), "Aucun", LifecycleVariables.ESTIMATED_BUDGET.name(), 2_000_000, LifecycleVariables.DURATION_MONTHS.name(), 3));
      complete("cdp", "Task_WriteSpecification", Map.of(LifecycleVariables.SPEC_DOCUMENT_URL.name(),
          "https://sharepoint.province-nord.nc/dsi/projets/annuaire/cdc.docx", LifecycleVariables.SPEC_VERSION.name(), "1.0", LifecycleVariables.SPEC_SUMMARY.name(), "Annuaire web."));
    }

    /** Needs analysed, specification written: the id of MOA's validation task. */
    String specificationToValidate() {
      analyseAndSpecify();
      return task("moa", "Task_ValidateSpecification").get("id").asText();
    }

    JsonNode task(String user, String taskKey) {
      return rest().tasks(user, processInstanceId).stream()
          .filter(task -> taskKey.equals(task.get("taskDefinitionKey").asText())).findFirst()
          .orElseThrow(() -> new AssertionError(user + " ne voit pas " + taskKey));
    }

    void complete(String user, String taskKey, Map<String, ?> variables) {
      Response done = rest().completeTask(user, task(user, taskKey).get("id").asText(), variables);
      assertThat(done.status()).as(done.text()).isEqualTo(204);
    }

    long decisions() {
      return jdbc.sql("select count(*) from project_decision where business_key = :key and kind = 'MOA_VALIDATION'")
          .param("key", key).query(Long.class).single();
    }
  }
}
