package nc.provincenord.pilotage.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.notification.NotificationDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code referent-meeting} walked through /engine-rest as the demo users. */
class ReferentMeetingRestTest extends PilotageIntegrationTest {

  static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");

  @Autowired
  JdbcClient jdbc;
  @Autowired
  NotificationDispatcher dispatcher;

  @Test
  void aProjectManagerPlansTheReferentsAreInvitedAndEachActionIsATaskForItsOwner() {
    Response started = rest().submitStartForm("cdp", MeetingVariables.PROCESS_KEY, plan());
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String pi = started.body().get("id").asText();

    List<JsonNode> invitation = rest().tasks("referent", pi);
    assertThat(invitation).extracting(task -> task.get("taskDefinitionKey").asText()).containsExactly("Task_ReadInvitation");
    assertThat(rest().completeTask("referent", invitation.get(0).get("id").asText(), Map.of()).status()).isEqualTo(204);

    List<JsonNode> minutes = rest().tasks("cdp", pi);
    assertThat(minutes).extracting(task -> task.get("taskDefinitionKey").asText()).containsExactly("Task_WriteMinutes");
    String due = LocalDate.now(NOUMEA).plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
    Response badOwner = rest().completeTask("cdp", minutes.get(0).get("id").asText(), Map.of(
        MeetingVariables.MINUTES.name(), "Compte rendu.", MeetingVariables.ACTIONS.name(), "Relayer l'information ; personne ; " + due));
    assertThat(badOwner.status()).isEqualTo(400);
    assertThat(badOwner.message()).contains("« personne » n'est pas un utilisateur connu");
    Response written = rest().completeTask("cdp", minutes.get(0).get("id").asText(), Map.of(
        MeetingVariables.MINUTES.name(), "Présentation du nouveau portail ; retours des communes.",
        MeetingVariables.ATTENDEES.name(), "Référents de Koné, Koumac et Voh",
        MeetingVariables.ACTIONS.name(), "Relayer l'information aux agents de la commune ; referent ; " + due
            + "\nPréparer la formation ; cdp ; " + due));
    assertThat(written.status()).as(written.text()).isEqualTo(204);

    List<JsonNode> referentActions = rest().tasks("referent", pi);
    assertThat(referentActions).extracting(task -> task.get("name").asText())
        .containsExactly("Action : Relayer l'information aux agents de la commune");
    assertThat(rest().completeTask("referent", referentActions.get(0).get("id").asText(),
        Map.of(MeetingVariables.ACTION_OUTCOME.name(), "DONE")).status()).isEqualTo(204);
    List<JsonNode> cdpActions = rest().tasks("cdp", pi);
    assertThat(cdpActions).extracting(task -> task.get("name").asText()).containsExactly("Action : Préparer la formation");
    assertThat(rest().completeTask("cdp", cdpActions.get(0).get("id").asText(),
        Map.of(MeetingVariables.ACTION_OUTCOME.name(), "CANCELLED", MeetingVariables.ACTION_COMMENT.name(), "Formation reportée au prochain trimestre.")).status())
        .isEqualTo(204);

    Map<String, Object> meeting = jdbc.sql("select status, place_label, organizer, minutes_at, closed_at from referent_meeting where process_instance_id = :id")
        .param("id", pi).query().singleRow();
    assertThat(meeting).containsEntry("STATUS", "CLOSED").containsEntry("PLACE_LABEL", "Koumac").containsEntry("ORGANIZER", "cdp");
    assertThat(meeting.get("CLOSED_AT")).isNotNull();
    List<Map<String, Object>> actions = jdbc.sql("select owner, status, completed_by from referent_action where process_instance_id = :id order by position")
        .param("id", pi).query().listOfRows();
    assertThat(actions).extracting(row -> row.get("OWNER") + ":" + row.get("STATUS") + ":" + row.get("COMPLETED_BY"))
        .containsExactly("referent:DONE:referent", "cdp:CANCELLED:cdp");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
  }

  @Test
  void theInvitationMailCarriesTheMeetingAsAnIcsInNoumeaTime() {
    Map<String, Object> plan = plan();
    OffsetDateTime startsAt = OffsetDateTime.now(NOUMEA).plusDays(9).withHour(9).withMinute(30).withSecond(0).withNano(0);
    plan.put(MeetingVariables.STARTS_AT.name(), startsAt.toString());
    plan.put(MeetingVariables.AGENDA.name(), "Portail, intranet ; formations");
    Response started = rest().submitStartForm("cdp", MeetingVariables.PROCESS_KEY, plan);
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String pi = started.body().get("id").asText();
    String taskId = rest().tasks("referent", pi).get(0).get("id").asText();

    // the task mail is rendered by the dispatcher, after the step's commit
    for (int round = 0; round < 20 && jdbc.sql("""
            select count(*) from notification_outbox where event_key = :key and text_body is not null""")
        .param("key", "task-created:" + taskId).query(Long.class).single() == 0; round++) {
      dispatcher.dispatchOnce();
    }
    Map<String, Object> mail = jdbc.sql("""
            select attachment_name, attachment_type, attachment_content, text_body from notification_outbox
            where event_key = :key and recipient = 'referent@demo.province-nord.nc'""")
        .param("key", "task-created:" + taskId).query().singleRow();
    assertThat(mail.get("ATTACHMENT_NAME")).isEqualTo("reunion-referents.ics");
    assertThat((String) mail.get("ATTACHMENT_TYPE")).startsWith("text/calendar");
    String ics = String.valueOf(mail.get("ATTACHMENT_CONTENT")).replace("\r\n ", "");
    assertThat(ics).contains("DTSTART;TZID=Pacific/Noumea:" + startsAt.format(DateTimeFormatter.ofPattern("yyyyMMdd")) + "T093000",
        "SUMMARY;LANGUAGE=fr:Réunion des référents : Réunion des référents — portail", "LOCATION;LANGUAGE=fr:Koumac",
        "Ordre du jour :\\nPortail\\, intranet \\; formations");
    assertThat(String.valueOf(mail.get("TEXT_BODY"))).contains("reunion-referents.ics");
    processEngine.getRuntimeService().deleteProcessInstance(pi, "test");
  }

  @Test
  void onlyProjectManagersAndTheCommunicationServicePlanAMeeting() {
    for (String user : List.of("demandeur", "referent", "astreinte")) {
      assertThat(rest().submitStartForm(user, MeetingVariables.PROCESS_KEY, plan()).status()).as(user).isIn(403, 404);
    }
    Response byComm = rest().submitStartForm("comm", MeetingVariables.PROCESS_KEY, plan());
    assertThat(byComm.status()).isEqualTo(200);
    processEngine.getRuntimeService().deleteProcessInstance(byComm.body().get("id").asText(), "test");
  }

  static Map<String, Object> plan() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MeetingVariables.TITLE.name(), "Réunion des référents — portail");
    variables.put(MeetingVariables.STARTS_AT.name(), OffsetDateTime.now(NOUMEA).plusDays(5).withNano(0).toString());
    variables.put(MeetingVariables.PLACE.name(), "98812");
    variables.put(MeetingVariables.AGENDA.name(), "Nouveau portail SharePoint");
    return variables;
  }
}
