package nc.provincenord.pilotage.security;

import nc.provincenord.pilotage.communication.publication.PublicationVariables;
import nc.provincenord.pilotage.communication.urgent.UrgentVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A variable write that got past the gate (here {@code runtimeService.setVariable}, standing for any
 * such write) changes no route: the gateways, the decision inputs and the candidates are read from
 * Pilotage's tables, written by the validated steps. Each test forges the variable the old models
 * branched on, then checks where the process went (the open tasks, as the demo users see them) and
 * that the recorded row says the same.
 */
class ForgedVariablesDoNotRouteAttackTest extends PilotageIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Autowired
  RuntimeService runtime;

  @Test
  void aMajorProjectForgedToLightStillGoesToTheMoeAndToArbitration() {
    String pi = requestProject(60_000_000, List.of("98811"));
    qualify(pi, 60_000_000, 10);
    runtime.setVariable(pi, LifecycleVariables.TRACK.name(), "LIGHT");
    writeSpecification(pi);

    assertThat(taskKeys("moe", pi)).as("the MOE opinion is still asked").containsExactly("Task_GiveTechnicalOpinion");
    complete("moa", pi, "Task_ValidateSpecification", Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));
    complete("moe", pi, "Task_GiveTechnicalOpinion", Map.of(LifecycleVariables.MOE_DECISION.name(), "APPROVE"));

    assertThat(taskKeys("copil", pi)).containsExactly("Task_Arbitrate");
    assertThat(taskKeys("cdp", pi)).as("no planning before the arbitration").isEmpty();
    assertThat(runtime.getVariable(pi, LifecycleVariables.TRACK.name())).as("the forged variable").isEqualTo("LIGHT");
    assertThat(project(pi)).containsEntry("TRACK", "MAJOR").containsEntry("CURRENT_STAGE", "ARBITRATION")
        .containsEntry("VALIDATION_OUTCOME", "APPROVE");
  }

  @Test
  void anMoeRejectionForgedToApproveStillRejectsTheSpecification() {
    String pi = requestProject(10_000_000, List.of("98811", "98812"));
    qualify(pi, 10_000_000, 6);
    writeSpecification(pi);
    complete("moe", pi, "Task_GiveTechnicalOpinion", Map.of(LifecycleVariables.MOE_DECISION.name(), "REJECT", LifecycleVariables.MOE_COMMENT.name(), "Pas d'hébergement possible."));
    runtime.setVariable(pi, LifecycleVariables.MOE_DECISION.name(), "APPROVE");
    complete("moa", pi, "Task_ValidateSpecification", Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));

    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
        .getEndActivityId()).isEqualTo("Event_ProjectRefused");
    assertThat(taskKeys("cdp", pi)).as("no planning").isEmpty();
    assertThat(project(pi)).containsEntry("STATUS", "REFUSED").containsEntry("TRACK", "STANDARD")
        .containsEntry("VALIDATION_OUTCOME", "REJECT");
    assertThat(decisions(pi)).containsExactly("NEEDS_ANALYSIS:QUALIFY", "MOE_OPINION:REJECT", "MOA_VALIDATION:APPROVE");
  }

  @Test
  void aForgedCommuneCountOrTypeDoesNotChangeTheGovernanceTrack() {
    String pi = requestProject(1_000_000, List.of("98811"));
    runtime.setVariable(pi, LifecycleVariables.COMMUNE_COUNT.name(), 9L);
    runtime.setVariable(pi, LifecycleVariables.DURATION_MONTHS.name(), 48L);
    qualify(pi, 1_000_000, 2);
    writeSpecification(pi);

    assertThat(taskKeys("moe", pi)).as("LIGHT: no MOE opinion").isEmpty();
    assertThat(project(pi)).containsEntry("TRACK", "LIGHT");
    assertThat(processEngine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(pi)
        .includeInputs().singleResult().getInputs())
        .as("the decision was evaluated on the recorded inputs")
        .extracting(input -> input.getClauseName() + "=" + input.getValue())
        .contains("Nombre de communes concernées=1", "Durée estimée (mois)=2");
  }

  @Test
  void aPolicyPostWhoseDecisionInputsAreForgedStillGoesToTheSteeringCommittee() {
    Response started = rest().submitStartForm("demandeur", PublicationVariables.PROCESS_KEY, publication(List.of("WEBSITE"), true));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String pi = started.body().get("id").asText();
    runtime.setVariable(pi, PublicationVariables.ENGAGES_POLICY.name(), false);
    runtime.setVariable(pi, PublicationVariables.ON_WEBSITE.name(), false);
    complete("comm", pi, "Task_ReviewPublication", Map.of(PublicationVariables.REVIEW_DECISION.name(), "ACCEPT"));

    assertThat(taskKeys("copil", pi)).containsExactly("Task_ApproveAsSteeringCommittee");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi).count())
        .as("not scheduled for publication").isZero();
    Map<String, Object> row = jdbc.sql("select approval_level, status, engages_policy from publication_request where process_instance_id = :id")
        .param("id", pi).query().singleRow();
    assertThat(row).containsEntry("APPROVAL_LEVEL", "STEERING_COMMITTEE").containsEntry("STATUS", "APPROVAL")
        .containsEntry("ENGAGES_POLICY", true);
  }

  @Test
  void forgedCandidatesDoNotHandAnUrgentMessageToSomeoneElse() {
    Map<String, Object> message = new HashMap<>();
    message.put(UrgentVariables.KIND.name(), "CYCLONE");
    message.put(UrgentVariables.TITLE.name(), "Alerte cyclonique de niveau 1");
    message.put(UrgentVariables.MESSAGE.name(), "Alerte cyclonique de niveau 1 sur la Province Nord à partir de 18 h.");
    message.put(UrgentVariables.CHANNELS.name(), List.of("WEBSITE"));
    Response started = rest().submitStartForm("comm", UrgentVariables.PROCESS_KEY, message);
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String pi = started.body().get("id").asText();
    runtime.setVariable(pi, "urgentBackupCandidates", "demandeur");
    runtime.setVariable(pi, "urgentHeadCandidates", "demandeur");

    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi).singleResult();
    processEngine.getManagementService().executeJob(timer.getId());

    assertThat(taskKeys("demandeur", pi)).isEmpty();
    assertThat(taskKeys("comm", pi)).containsExactly("Task_TakeUrgentMessageAsBackup");
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(
            processEngine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId()))
        .extracting(link -> link.getUserId()).containsExactlyInAnyOrder("astreinte", "comm");
    Map<String, Object> row = jdbc.sql("select on_duty_user, backup_user, head_user from urgent_message where process_instance_id = :id")
        .param("id", pi).query().singleRow();
    assertThat(row).containsEntry("ON_DUTY_USER", "astreinte").containsEntry("BACKUP_USER", "comm").containsEntry("HEAD_USER", "comm");
  }

  // ---- steps, as the demo users do them through /engine-rest ----

  private String requestProject(long budget, List<String> communes) {
    Response started = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(
        LifecycleVariables.TITLE.name(), "Portail des aides sociales",
        LifecycleVariables.OBJECTIVE.name(), "Déposer les demandes d'aide en ligne.",
        LifecycleVariables.DIRECTION.name(), "DASSPS",
        LifecycleVariables.TYPE.name(), "SI",
        LifecycleVariables.ESTIMATED_BUDGET.name(), budget,
        LifecycleVariables.COMMUNES.name(), communes));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.body().get("id").asText();
  }

  private void qualify(String pi, long budget, long months) {
    complete("cdp", pi, "Task_AnalyseNeeds", Map.of(LifecycleVariables.ANALYSIS_DECISION.name(), "QUALIFY", LifecycleVariables.STAKEHOLDERS.name(), "DASSPS, DSI",
        LifecycleVariables.NEEDS.name(), "Dépôt en ligne", LifecycleVariables.ESTIMATED_BUDGET.name(), budget, LifecycleVariables.DURATION_MONTHS.name(), months));
  }

  private void writeSpecification(String pi) {
    complete("cdp", pi, "Task_WriteSpecification", Map.of(
        LifecycleVariables.SPEC_DOCUMENT_URL.name(), "https://sharepoint.province-nord.nc/dsi/projets/portail/cdc.docx",
        LifecycleVariables.SPEC_VERSION.name(), "1.0", LifecycleVariables.SPEC_SUMMARY.name(), "Portail web et back-office."));
  }

  private void complete(String user, String pi, String taskKey, Map<String, ?> variables) {
    JsonNode task = rest().tasks(user, pi).stream()
        .filter(candidate -> taskKey.equals(candidate.get("taskDefinitionKey").asText()))
        .findFirst().orElseThrow(() -> new AssertionError(user + " ne voit pas la tâche " + taskKey));
    Response completed = rest().completeTask(user, task.get("id").asText(), variables);
    assertThat(completed.status()).as(taskKey + " : " + completed.text()).isIn(200, 204);
  }

  private List<String> taskKeys(String user, String pi) {
    return rest().tasks(user, pi).stream().map(task -> task.get("taskDefinitionKey").asText()).toList();
  }

  private Map<String, Object> project(String pi) {
    Map<String, Object> row = new HashMap<>();
    jdbc.sql("select status, track, current_stage, validation_outcome from project where process_instance_id = :pid")
        .param("pid", pi).query().singleRow()
        .forEach((column, value) -> row.put(column.toUpperCase(java.util.Locale.ROOT), value));
    return row;
  }

  private List<String> decisions(String pi) {
    return jdbc.sql("select kind, decision from project_decision where process_instance_id = :pid order by id")
        .param("pid", pi).query((rs, n) -> rs.getString("kind") + ":" + rs.getString("decision")).list();
  }

  private static Map<String, Object> publication(List<String> channels, boolean engagesPolicy) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PublicationVariables.TITLE.name(), "Fête de l'igname");
    variables.put(PublicationVariables.TEXT.name(), "La fête de l'igname aura lieu à Koné.");
    variables.put(PublicationVariables.CHANNELS.name(), channels);
    variables.put(PublicationVariables.AUDIENCE.name(), "Grand public");
    variables.put(PublicationVariables.ENGAGES_POLICY.name(), engagesPolicy);
    variables.put(PublicationVariables.DESIRED_DATE.name(), LocalDate.now(ZoneId.of("Pacific/Noumea")).plusDays(5).toString());
    return variables;
  }
}
