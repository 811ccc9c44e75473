package nc.provincenord.pilotage.communication.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code publication-request} walked through /engine-rest as the demo users, the way Tasklist does it. */
class PublicationRequestRestTest extends PilotageIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void demoUsersWalkAnIntranetPublicationFromRequestToConfirmation() {
    Response started = rest().submitStartForm("demandeur", PublicationVariables.PROCESS_KEY, request(List.of("INTRANET")));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String pi = started.body().get("id").asText();

    String reviewId = rest().tasks("comm", pi).get(0).get("id").asText();
    Response noReason = rest().completeTask("comm", reviewId, Map.of(PublicationVariables.REVIEW_DECISION.name(), "REVISE"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.message()).contains("Indiquez au demandeur les modifications attendues");
    assertThat(rest().tasks("demandeur", pi)).as("the requester has no task before the review").isEmpty();
    completeOnly("comm", pi, "Task_ReviewPublication",
        Map.of(PublicationVariables.REVIEW_DECISION.name(), "REVISE", PublicationVariables.REVIEW_COMMENT.name(), "Précisez le public visé."));
    Map<String, Object> revised = request(List.of("INTRANET"));
    revised.put(PublicationVariables.AUDIENCE.name(), "Agents de la Province et des communes");
    completeOnly("demandeur", pi, "Task_RevisePublication", revised);
    completeOnly("comm", pi, "Task_ReviewPublication", Map.of(PublicationVariables.REVIEW_DECISION.name(), "ACCEPT"));
    // the head of communication is "comm" in the demo (pilotage.communication.head-user)
    completeOnly("comm", pi, "Task_ApproveAsHeadOfCommunication", Map.of(PublicationVariables.APPROVAL_DECISION.name(), "APPROVE"));

    Job dateReached = processEngine.getManagementService().createJobQuery().processInstanceId(pi).singleResult();
    processEngine.getManagementService().executeJob(dateReached.getId());
    completeOnly("comm", pi, "Task_Publish", Map.of(PublicationVariables.PUBLISHED_URL.name(), "https://intranet.province-nord.nc/actualites/igname"));
    completeOnly("demandeur", pi, "Task_CheckPublication", Map.of(PublicationVariables.CHECK_RESULT.name(), "CONFIRMED"));

    Map<String, Object> row = jdbc.sql("""
            select status, revision_count, audience, approval_level, approved_by, published_url, published_by, check_result, checked_by
            from publication_request where process_instance_id = :id""").param("id", pi).query().singleRow();
    assertThat(row).containsEntry("STATUS", "CONFIRMED").containsEntry("REVISION_COUNT", 1)
        .containsEntry("AUDIENCE", "Agents de la Province et des communes")
        .containsEntry("APPROVAL_LEVEL", "HEAD_OF_COMMUNICATION").containsEntry("APPROVED_BY", "comm")
        .containsEntry("PUBLISHED_URL", "https://intranet.province-nord.nc/actualites/igname")
        .containsEntry("PUBLISHED_BY", "comm").containsEntry("CHECK_RESULT", "CONFIRMED").containsEntry("CHECKED_BY", "demandeur");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
        .getEndActivityId()).isEqualTo("Event_PublicationConfirmed");
  }

  @Test
  void onlyRequestersStartAPublicationAndBadInputIsRefusedInFrench() {
    Response byProjectManager = rest().submitStartForm("cdp", PublicationVariables.PROCESS_KEY, request(List.of("WEBSITE")));
    assertThat(byProjectManager.status()).as("a project manager does not see the process").isIn(403, 404);

    Map<String, Object> noChannel = request(List.of());
    Response invalid = rest().submitStartForm("demandeur", PublicationVariables.PROCESS_KEY, noChannel);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.message()).contains("Cochez au moins une valeur pour « Canaux de publication »");
  }

  @Test
  void aTextLongerThanAStringVariableHoldsIsAFrench400OnTheStartAndTheReviseForms() {
    String longest = "é".repeat(PublicationForm.TEXT_MAX);
    String tooLong = longest + "e";
    long requestsBefore = jdbc.sql("select count(*) from publication_request").query(Long.class).single();

    Map<String, Object> refusedStart = request(List.of("INTRANET"));
    refusedStart.put(PublicationVariables.TEXT.name(), tooLong);
    Response refused = rest().submitStartForm("demandeur", PublicationVariables.PROCESS_KEY, refusedStart);
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.message()).contains("Le champ « Texte à publier » ne doit pas dépasser 4000 caractères (4001 saisis).");
    assertThat(jdbc.sql("select count(*) from publication_request").query(Long.class).single()).isEqualTo(requestsBefore);

    // 4 000 characters, accented ones included, are what the variable's column holds: stored and shown back
    Map<String, Object> atTheLimit = request(List.of("INTRANET"));
    atTheLimit.put(PublicationVariables.TEXT.name(), longest);
    Response started = rest().submitStartForm("demandeur", PublicationVariables.PROCESS_KEY, atTheLimit);
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String pi = started.body().get("id").asText();
    assertThat(processEngine.getRuntimeService().getVariable(pi, PublicationVariables.TEXT.name())).isEqualTo(longest);
    assertThat(jdbc.sql("select body from publication_request where process_instance_id = :id").param("id", pi)
        .query(String.class).single()).isEqualTo(longest);

    completeOnly("comm", pi, "Task_ReviewPublication", Map.of(PublicationVariables.REVIEW_DECISION.name(), "REVISE",
        PublicationVariables.REVIEW_COMMENT.name(), "Raccourcissez le texte."));
    String reviseId = rest().tasks("demandeur", pi).get(0).get("id").asText();
    Map<String, Object> refusedRevision = request(List.of("INTRANET"));
    refusedRevision.put(PublicationVariables.TEXT.name(), tooLong);
    Response refusedAgain = rest().completeTask("demandeur", reviseId, refusedRevision);
    assertThat(refusedAgain.status()).as(refusedAgain.text()).isEqualTo(400);
    assertThat(refusedAgain.message()).contains("Le champ « Texte à publier » ne doit pas dépasser 4000 caractères (4001 saisis).");
    assertThat(processEngine.getRuntimeService().getVariable(pi, PublicationVariables.TEXT.name())).isEqualTo(longest);

    Map<String, Object> shorter = request(List.of("INTRANET"));
    completeOnly("demandeur", pi, "Task_RevisePublication", shorter);
    assertThat(processEngine.getRuntimeService().getVariable(pi, PublicationVariables.TEXT.name()))
        .isEqualTo(shorter.get(PublicationVariables.TEXT.name()));
  }

  private void completeOnly(String user, String pi, String taskKey, Map<String, ?> variables) {
    List<JsonNode> tasks = rest().tasks(user, pi);
    assertThat(tasks).as("tâches visibles par %s", user).extracting(task -> task.get("taskDefinitionKey").asText())
        .containsExactly(taskKey);
    Response completed = rest().completeTask(user, tasks.get(0).get("id").asText(), variables);
    assertThat(completed.status()).as(completed.text()).isEqualTo(204);
  }

  static Map<String, Object> request(List<String> channels) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PublicationVariables.TITLE.name(), "Fête de l'igname");
    variables.put(PublicationVariables.TEXT.name(), "La fête de l'igname aura lieu à Koné.");
    variables.put(PublicationVariables.CHANNELS.name(), channels);
    variables.put(PublicationVariables.AUDIENCE.name(), "Agents");
    variables.put(PublicationVariables.ENGAGES_POLICY.name(), false);
    variables.put(PublicationVariables.DESIRED_DATE.name(), LocalDate.now(ZoneId.of("Pacific/Noumea")).plusDays(1).toString());
    return variables;
  }
}
