package nc.provincenord.pilotage.communication.urgent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code urgent-communication} through /engine-rest: started by another system (plain REST start, as
 * the communication service's account), taken by the agent on duty of the demo roster, escalated.
 */
class UrgentCommunicationRestTest extends PilotageIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void anotherSystemStartsAnAlertThatTheAgentOnDutyTakesPublishesAndCloses() {
    String pi = startThroughRest("comm");

    assertThat(rest().tasks("comm", pi)).as("the backup does not see it before the escalation").isEmpty();
    take("astreinte", pi, "Task_TakeUrgentMessage");
    List<JsonNode> publish = rest().tasks("astreinte", pi);
    assertThat(publish).extracting(task -> task.get("taskDefinitionKey").asText()).containsExactly("Task_PublishUrgentMessage");
    assertThat(publish.get(0).get("assignee").asText()).isEqualTo("astreinte");

    Map<String, Object> future = publication();
    future.put(UrgentVariables.PUBLISHED_AT.name(), OffsetDateTime.now(ZoneId.of("Pacific/Noumea")).plusDays(1).toString());
    Response refused = rest().completeTask("astreinte", publish.get(0).get("id").asText(), future);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("L'heure de publication ne peut pas être dans le futur");

    Response closed = rest().completeTask("astreinte", publish.get(0).get("id").asText(), publication());
    assertThat(closed.status()).as(closed.text()).isEqualTo(204);

    Map<String, Object> row = jdbc.sql("""
            select started_by, on_duty_user, backup_user, roster_gap, taken_by, taken_level, published_channels, closed_by,
              received_at, taken_at, published_at, closed_at, escalated_to_backup_at
            from urgent_message where process_instance_id = :id""").param("id", pi).query().singleRow();
    assertThat(row).containsEntry("STARTED_BY", "comm").containsEntry("ON_DUTY_USER", "astreinte")
        .containsEntry("BACKUP_USER", "comm").containsEntry("ROSTER_GAP", false).containsEntry("TAKEN_BY", "astreinte")
        .containsEntry("TAKEN_LEVEL", "ON_DUTY").containsEntry("PUBLISHED_CHANNELS", "WEBSITE,SOCIAL_NETWORKS")
        .containsEntry("CLOSED_BY", "astreinte").containsEntry("ESCALATED_TO_BACKUP_AT", null);
    assertThat(row.get("RECEIVED_AT")).isNotNull();
    assertThat(row.get("TAKEN_AT")).isNotNull();
    assertThat(row.get("PUBLISHED_AT")).isNotNull();
    assertThat(row.get("CLOSED_AT")).isNotNull();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
        .getEndActivityId()).isEqualTo("Event_UrgentMessageClosed");
  }

  @Test
  void notTakenInTimeItEscalatesToTheBackupWhoTakesIt() {
    String pi = startThroughRest("astreinte");
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi).singleResult();
    assertThat(timer.getDuedate()).as("pilotage.urgent.escalation-delay, PT30M by default")
        .isBetween(java.util.Date.from(java.time.Instant.now().plusSeconds(29 * 60)),
            java.util.Date.from(java.time.Instant.now().plusSeconds(31 * 60)));
    processEngine.getManagementService().executeJob(timer.getId());

    take("comm", pi, "Task_TakeUrgentMessageAsBackup");
    List<JsonNode> publish = rest().tasks("comm", pi);
    assertThat(publish.get(0).get("assignee").asText()).isEqualTo("comm");
    Map<String, Object> row = jdbc.sql("select taken_by, taken_level, escalated_to_backup_at from urgent_message where process_instance_id = :id")
        .param("id", pi).query().singleRow();
    assertThat(row).containsEntry("TAKEN_BY", "comm").containsEntry("TAKEN_LEVEL", "BACKUP");
    assertThat(row.get("ESCALATED_TO_BACKUP_AT")).isNotNull();
  }

  @Test
  void onlyTheCommunicationServiceAndOnCallAgentsStartAnUrgentMessage() {
    for (String user : List.of("demandeur", "cdp", "referent")) {
      Response refused = rest().post(user, "/engine-rest/process-definition/key/" + UrgentVariables.PROCESS_KEY + "/start",
          Map.of("variables", variables()));
      assertThat(refused.status()).as(user).isIn(403, 404);
    }
    Map<String, Object> noMessage = variables();
    noMessage.remove(UrgentVariables.MESSAGE.name());
    // Another system may use either endpoint: both answer 400 with the French reason alone.
    for (String endpoint : List.of("/submit-form", "/start")) {
      Response invalid = rest().post("comm", "/engine-rest/process-definition/key/" + UrgentVariables.PROCESS_KEY + endpoint,
          Map.of("variables", noMessage));
      assertThat(invalid.status()).as(invalid.text()).isEqualTo(400);
      assertThat(invalid.message()).as(endpoint).isEqualTo("Le champ « Message à diffuser » est obligatoire.");
    }
  }

  private String startThroughRest(String user) {
    Response started = rest().post(user, "/engine-rest/process-definition/key/" + UrgentVariables.PROCESS_KEY + "/submit-form",
        Map.of("variables", variables()));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.body().get("id").asText();
  }

  private void take(String user, String pi, String taskKey) {
    List<JsonNode> tasks = rest().tasks(user, pi);
    assertThat(tasks).extracting(task -> task.get("taskDefinitionKey").asText()).containsExactly(taskKey);
    Response taken = rest().completeTask(user, tasks.get(0).get("id").asText(), Map.of());
    assertThat(taken.status()).as(taken.text()).isEqualTo(204);
  }

  /** What another system posts: plain REST variables, the channels as a JSON text. */
  private static Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(UrgentVariables.KIND.name(), Map.of("value", "WATER_CUT"));
    variables.put(UrgentVariables.TITLE.name(), Map.of("value", "Coupure d'eau à Koné"));
    variables.put(UrgentVariables.MESSAGE.name(), Map.of("value", "Coupure d'eau à Koné, quartier Koniambo, de 8 h à 12 h."));
    variables.put(UrgentVariables.CHANNELS.name(), Map.of("value", "[\"WEBSITE\",\"SOCIAL_NETWORKS\"]", "type", "Json"));
    variables.put(UrgentVariables.SOURCE.name(), Map.of("value", "Service des eaux"));
    return variables;
  }

  private static Map<String, Object> publication() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(UrgentVariables.PUBLISHED_CHANNELS.name(), List.of("WEBSITE", "SOCIAL_NETWORKS"));
    variables.put(UrgentVariables.PUBLISHED_SUMMARY.name(), "Message publié sur le site et Facebook.");
    variables.put(UrgentVariables.PUBLISHED_AT.name(), OffsetDateTime.now(ZoneId.of("Pacific/Noumea")).minusMinutes(2).withNano(0).toString());
    return variables;
  }
}
