package nc.provincenord.pilotage.security;

import nc.provincenord.pilotage.communication.publication.PublicationVariables;
import nc.provincenord.pilotage.communication.urgent.UrgentVariables;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
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
import nc.provincenord.pilotage.network.MeetingVariables;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18, items 2, 3, 4, 5 and 7 as an attacker would try them: approved content changed at a
 * later step, an action task pointed at another action, an urgent message handed to a requester,
 * a borrowed publication requester, and input that costs or lies.
 */
class ApprovedContentAndBoundedInputAttackTest extends PilotageIntegrationTest {

  private static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");

  @Autowired
  JdbcClient jdbc;

  @Test
  void whatWasApprovedIsWhatTheCommunicationServicePublishes() {
    Response started = rest().submitStartForm("demandeur", PublicationVariables.PROCESS_KEY, publication());
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String pi = started.body().get("id").asText();
    completeOnly("comm", pi, "Task_ReviewPublication", Map.of(PublicationVariables.REVIEW_DECISION.name(), "ACCEPT"));
    completeOnly("comm", pi, "Task_ApproveAsHeadOfCommunication", Map.of(PublicationVariables.APPROVAL_DECISION.name(), "APPROVE"));
    Job dateReached = processEngine.getManagementService().createJobQuery().processInstanceId(pi).singleResult();
    processEngine.getManagementService().executeJob(dateReached.getId());
    completeOnly("comm", pi, "Task_Publish", Map.of(PublicationVariables.PUBLISHED_URL.name(), "https://intranet.province-nord.nc/actualites/igname"));

    Map<String, Object> changed = new HashMap<>();
    changed.put(PublicationVariables.CHECK_RESULT.name(), "PROBLEM");
    changed.put(PublicationVariables.CHECK_COMMENT.name(), "Le lien ne marche pas.");
    changed.put(PublicationVariables.TEXT.name(), "Un texte que personne n'a relu.");
    changed.put(PublicationVariables.CHANNELS.name(), List.of("WEBSITE", "SOCIAL_NETWORKS"));
    changed.put(PublicationVariables.ENGAGES_POLICY.name(), true);
    String check = rest().tasks("demandeur", pi).get(0).get("id").asText();
    Response sent = rest().completeTask("demandeur", check, changed);
    assertThat(sent.status()).as(sent.text()).isIn(204, 400);

    if (sent.status() == 204) {
      List<JsonNode> publish = rest().tasks("comm", pi);
      assertThat(publish).extracting(task -> task.get("taskDefinitionKey").asText()).containsExactly("Task_Publish");
      Map<String, Object> shown = processEngine.getTaskService().getVariables(publish.get(0).get("id").asText());
      assertThat(shown.get(PublicationVariables.TEXT.name())).isEqualTo("La fête de l'igname aura lieu à Koné.");
      assertThat(shown.get(PublicationVariables.ENGAGES_POLICY.name())).isEqualTo(false);
      assertThat(String.valueOf(shown.get(PublicationVariables.CHANNELS.name()))).contains("INTRANET").doesNotContain("WEBSITE");
    }
    assertThat(jdbc.sql("select body, channels, engages_policy from publication_request where process_instance_id = :id")
        .param("id", pi).query().singleRow())
        .containsEntry("BODY", "La fête de l'igname aura lieu à Koné.").containsEntry("CHANNELS", "INTRANET")
        .containsEntry("ENGAGES_POLICY", false);
  }

  @Test
  void thePublicationRequesterIsWhoeverIsLoggedIn() {
    Map<String, Object> borrowed = publication();
    borrowed.put(PublicationVariables.REQUESTER.name(), "copil");
    Response started = rest().submitStartForm("demandeur", PublicationVariables.PROCESS_KEY, borrowed);
    assertThat(started.status()).as(started.text()).isIn(200, 400);
    if (started.status() == 200) {
      String pi = started.body().get("id").asText();
      assertThat(jdbc.sql("select requested_by from publication_request where process_instance_id = :id").param("id", pi)
          .query(String.class).single()).isEqualTo("demandeur");
      assertThat(processEngine.getRuntimeService().getVariable(pi, PublicationVariables.REQUESTER.name())).isEqualTo("demandeur");
    }
    assertThat(jdbc.sql("select count(*) from publication_request where requested_by = 'copil'").query(Integer.class).single()).isZero();
  }

  @Test
  void aReferentCompletesHerOwnActionNeverAnotherOne() {
    Response started = rest().submitStartForm("cdp", MeetingVariables.PROCESS_KEY, Map.of(
        MeetingVariables.TITLE.name(), "Réunion des référents — annuaire",
        MeetingVariables.STARTS_AT.name(), OffsetDateTime.now(NOUMEA).plusDays(5).withNano(0).toString(),
        MeetingVariables.PLACE.name(), "98812",
        MeetingVariables.AGENDA.name(), "Annuaire des agents"));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String pi = started.body().get("id").asText();
    completeOnly("referent", pi, "Task_ReadInvitation", Map.of());
    String due = LocalDate.now(NOUMEA).plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
    completeOnly("cdp", pi, "Task_WriteMinutes", Map.of(MeetingVariables.MINUTES.name(), "Compte rendu.",
        MeetingVariables.ACTIONS.name(), "Relayer l'annuaire ; referent ; " + due + "\nPréparer la formation ; cdp ; " + due));
    String others = jdbc.sql("select id from referent_action where process_instance_id = :id and owner = 'cdp'").param("id", pi)
        .query(String.class).single();

    String own = rest().tasks("referent", pi).get(0).get("id").asText();
    Response refused = rest().completeTask("referent", own, Map.of(MeetingVariables.ACTION_OUTCOME.name(), "CANCELLED",
        MeetingVariables.ACTION_COMMENT.name(), "Plus utile.", MeetingVariables.ACTION_ID.name(), others));
    assertThat(refused.status()).as(refused.text()).isIn(400, 403);
    if (refused.status() == 403) {
      assertThat(refused.message()).isEqualTo("« " + others + " » n'est pas l'action de cette tâche : une tâche ne traite que ce que "
          + "le processus lui a confié.");
    }
    assertThat(jdbc.sql("select owner, status from referent_action where process_instance_id = :id order by position")
        .param("id", pi).query().listOfRows())
        .extracting(row -> row.get("OWNER") + ":" + row.get("STATUS")).containsExactly("referent:OPEN", "cdp:OPEN");
  }

  @Test
  void theOnCallAgentCannotHandTheUrgentMessageToARequester() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(UrgentVariables.KIND.name(), Map.of("value", "WATER_CUT"));
    variables.put(UrgentVariables.TITLE.name(), Map.of("value", "Coupure d'eau à Voh"));
    variables.put(UrgentVariables.MESSAGE.name(), Map.of("value", "Coupure d'eau à Voh de 8 h à 12 h."));
    variables.put(UrgentVariables.CHANNELS.name(), Map.of("value", "[\"WEBSITE\"]", "type", "Json"));
    variables.put(UrgentVariables.SOURCE.name(), Map.of("value", "Service des eaux"));
    variables.put(UrgentVariables.STARTED_BY.name(), Map.of("value", "demandeur"));
    Response started = rest().post("comm", "/engine-rest/process-definition/key/urgent-communication/submit-form",
        Map.of("variables", variables));
    assertThat(started.status()).as(started.text()).isIn(200, 400);
    if (started.status() == 400) {
      variables.remove(UrgentVariables.STARTED_BY.name());
      started = rest().post("comm", "/engine-rest/process-definition/key/urgent-communication/submit-form", Map.of("variables", variables));
    }
    String pi = started.body().get("id").asText();
    assertThat(processEngine.getRuntimeService().getVariable(pi, UrgentVariables.STARTED_BY.name())).isEqualTo("comm");
    completeOnly("astreinte", pi, "Task_TakeUrgentMessage", Map.of());
    String publish = rest().tasks("astreinte", pi).get(0).get("id").asText();

    Response handed = rest().post("astreinte", "/engine-rest/task/" + publish + "/assignee", Map.of("userId", "demandeur"));
    assertThat(handed.status()).as(handed.text()).isEqualTo(403);
    assertThat(handed.message()).isEqualTo("Cette tâche ne peut être confiée qu'à astreinte : « demandeur » n'en fait pas partie.");
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(publish).singleResult().getAssignee()).isEqualTo("astreinte");
    Response published = rest().completeTask("demandeur", publish, Map.of(UrgentVariables.PUBLISHED_CHANNELS.name(), List.of("WEBSITE"),
        UrgentVariables.PUBLISHED_SUMMARY.name(), "Publié.", UrgentVariables.PUBLISHED_AT.name(), OffsetDateTime.now(NOUMEA).withNano(0).toString()));
    assertThat(published.status()).as(published.text()).isEqualTo(403);
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(publish).count()).isEqualTo(1);
  }

  @Test
  void aHugeNumberIsRefusedQuicklyWithoutBeingEchoedWhole() {
    Map<String, Object> request = project();
    request.put(LifecycleVariables.ESTIMATED_BUDGET.name(), "9".repeat(800_000));
    long projects = projects();
    Response refused = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, request);
    assertThat(refused.status()).as(refused.text().substring(0, Math.min(300, refused.text().length()))).isIn(400, 413);
    if (refused.status() == 400) {
      assertThat(refused.message()).startsWith("Le champ « Budget estimé (XPF) » doit être un nombre entier d'au plus 19 chiffres")
          .contains("800000 caractères");
    }
    assertThat(refused.text().length()).isLessThan(1_000);
    assertThat(projects()).isEqualTo(projects);
  }

  @Test
  void aTitleOnTwoLinesIsRefused() {
    long projects = projects();
    Map<String, Object> forged = project();
    forged.put(LifecycleVariables.TITLE.name(), "Annuaire\n2026-12-01 INFO Connexion de admin réussie");
    Response title = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, forged);
    assertThat(title.status()).isEqualTo(400);
    assertThat(title.message()).isEqualTo("Le champ « Intitulé du projet » tient sur une ligne : retirez les retours à la ligne et tabulations.");

    // Each date rule of the request form (out of this world, past): LifecycleFormsTest, without the application.
    assertThat(projects()).isEqualTo(projects);
  }

  private long projects() {
    return jdbc.sql("select count(*) from project").query(Long.class).single();
  }

  private void completeOnly(String user, String pi, String taskKey, Map<String, ?> variables) {
    List<JsonNode> tasks = rest().tasks(user, pi);
    assertThat(tasks).as("tâches visibles par %s", user).extracting(task -> task.get("taskDefinitionKey").asText())
        .containsExactly(taskKey);
    Response completed = rest().completeTask(user, tasks.get(0).get("id").asText(), variables);
    assertThat(completed.status()).as(completed.text()).isEqualTo(204);
  }

  private static Map<String, Object> publication() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PublicationVariables.TITLE.name(), "Fête de l'igname");
    variables.put(PublicationVariables.TEXT.name(), "La fête de l'igname aura lieu à Koné.");
    variables.put(PublicationVariables.CHANNELS.name(), List.of("INTRANET"));
    variables.put(PublicationVariables.AUDIENCE.name(), "Agents");
    variables.put(PublicationVariables.ENGAGES_POLICY.name(), false);
    variables.put(PublicationVariables.DESIRED_DATE.name(), LocalDate.now(NOUMEA).plusDays(1).toString());
    return variables;
  }

  private static Map<String, Object> project() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(LifecycleVariables.TITLE.name(), "Annuaire des agents");
    variables.put(LifecycleVariables.OBJECTIVE.name(), "Un annuaire à jour des agents de la province.");
    variables.put(LifecycleVariables.DIRECTION.name(), "DSI");
    variables.put(LifecycleVariables.TYPE.name(), "SI");
    variables.put(LifecycleVariables.ESTIMATED_BUDGET.name(), 2_000_000);
    variables.put(LifecycleVariables.COMMUNES.name(), List.of("98811"));
    variables.put(LifecycleVariables.DESIRED_DATE.name(), LocalDate.now(NOUMEA).plusMonths(6).toString());
    return variables;
  }
}
