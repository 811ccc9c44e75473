package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.steering.SteeringVariables;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One project walked from the request to the closure through {@code /engine-rest} only, each
 * step done by the demo user of the right group with the variables its form submits; then the
 * portfolio rows are checked. Database-neutral: run on H2 by {@link ProjectLifecycleRestWalkH2Test}
 * and on PostgreSQL with the same class.
 */
public class ProjectLifecycleRestWalk {

  static final String KONE = "98811";
  static final String KOUMAC = "98812";

  private final EngineRestClient rest;
  private final JdbcClient jdbc;

  public ProjectLifecycleRestWalk(EngineRestClient rest, JdbcClient jdbc) {
    this.rest = rest;
    this.jdbc = jdbc;
  }

  /**
   * A 30 000 000 XPF request of the DSI for Koné and Koumac, qualified by the project manager: the
   * governance decision has run (the project waits for its specification). Returns the process instance id.
   */
  public String requestAndQualify(String title) {
    Response started = rest.submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(
        LifecycleVariables.TITLE.name(), title,
        LifecycleVariables.OBJECTIVE.name(), "Publier l'annuaire des agents sur l'intranet.",
        LifecycleVariables.DIRECTION.name(), "DSI",
        LifecycleVariables.TYPE.name(), "SI",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 30_000_000,
        LifecycleVariables.COMMUNES.name(), List.of(KONE, KOUMAC),
        LifecycleVariables.DESIRED_DATE.name(), LocalDate.now().plusMonths(8).toString()));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String instance = started.body().get("id").asText();
    complete("cdp", instance, "Task_AnalyseNeeds", Map.of(
        LifecycleVariables.ANALYSIS_DECISION.name(), "QUALIFY",
        LifecycleVariables.STAKEHOLDERS.name(), "DSI, DRH",
        LifecycleVariables.NEEDS.name(), "Recherche par nom et par service",
        LifecycleVariables.RISKS.name(), "Données RH à jour",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 30_000_000,
        LifecycleVariables.DURATION_MONTHS.name(), 6));
    return instance;
  }

  /** Walks a MAJOR project (arbitration, two communes, change management) and checks the portfolio. */
  public String walkFromRequestToClosure() {
    LocalDate today = LocalDate.now();
    Response started = rest.submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(
        LifecycleVariables.TITLE.name(), "Portail des aides sociales",
        LifecycleVariables.OBJECTIVE.name(), "Permettre aux familles de déposer leurs demandes d'aide en ligne.",
        LifecycleVariables.DIRECTION.name(), "DASSPS",
        LifecycleVariables.TYPE.name(), "SI",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 60_000_000,
        LifecycleVariables.COMMUNES.name(), List.of(KONE, KOUMAC),
        LifecycleVariables.DESIRED_DATE.name(), today.plusMonths(10).toString()));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String processInstanceId = started.body().get("id").asText();
    String businessKey = started.body().get("businessKey").asText();
    assertThat(businessKey).matches("PRJ-" + today.getYear() + "-\\d{4}");

    complete("cdp", processInstanceId, "Task_AnalyseNeeds", Map.of(
        LifecycleVariables.ANALYSIS_DECISION.name(), "QUALIFY",
        LifecycleVariables.STAKEHOLDERS.name(), "DASSPS, DSI, CCAS des communes",
        LifecycleVariables.NEEDS.name(), "Dépôt en ligne, suivi des dossiers",
        LifecycleVariables.RISKS.name(), "Connexion internet limitée en tribu",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 60_000_000,
        LifecycleVariables.DURATION_MONTHS.name(), 10));
    complete("cdp", processInstanceId, "Task_WriteSpecification", Map.of(
        LifecycleVariables.SPEC_DOCUMENT_URL.name(), "https://sharepoint.province-nord.nc/dsi/projets/portail-aides/cdc.docx",
        LifecycleVariables.SPEC_VERSION.name(), "1.0",
        LifecycleVariables.SPEC_SUMMARY.name(), "Portail web, back-office DASSPS, connecteur GED."));
    complete("moa", processInstanceId, "Task_ValidateSpecification", Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));
    complete("moe", processInstanceId, "Task_GiveTechnicalOpinion", Map.of(LifecycleVariables.MOE_DECISION.name(), "APPROVE",
        LifecycleVariables.MOE_COMMENT.name(), "Hébergement sur la plateforme existante."));
    complete("copil", processInstanceId, "Task_Arbitrate", Map.of(
        LifecycleVariables.ARBITRATION_DECISION.name(), "APPROVE", LifecycleVariables.ALLOCATED_BUDGET.name(), 55_000_000, LifecycleVariables.PRIORITY.name(), "HIGH"));
    LocalDate reached = today.minusDays(1);
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put(SteeringVariables.PLANNED_MILESTONES.name(), List.of(
        Map.of("name", "Conception", "plannedDate", today.toString(), "deliverable", "Dossier de conception"),
        Map.of("name", "Recette", "plannedDate", today.plusMonths(5).toString()),
        Map.of("name", "Déploiement", "plannedDate", today.plusMonths(9).toString())));
    plan.put(LifecycleVariables.PLANNED_BUDGET.name(), 55_000_000);
    plan.put(SteeringVariables.BUDGET_LINES.name(), List.of(
        Map.of("year", today.getYear(), "nature", "INVESTMENT", "plannedAmount", 40_000_000),
        Map.of("year", today.plusMonths(9).getYear(), "nature", "OPERATING", "plannedAmount", 15_000_000)));
    plan.put(LifecycleVariables.PLANNED_START_DATE.name(), reached.toString());
    plan.put(LifecycleVariables.PLANNED_END_DATE.name(), today.plusMonths(9).toString());
    plan.put(SteeringVariables.TEAM_MEMBERS.name(), List.of(Map.of("member", "cdp", "role", "Chef de projet", "allocationPercent", 50),
        Map.of("member", "moe", "role", "Architecte", "allocationPercent", 20,
            "monthlyAllocations", java.time.YearMonth.from(today).plusMonths(1) + "=60")));
    plan.put(LifecycleVariables.ROLLOUT_COMMUNES.name(), List.of(KONE, KOUMAC));
    plan.put(LifecycleVariables.CHANGE_MANAGEMENT_NEEDED.name(), true);
    plan.put(LifecycleVariables.REPORTING_CYCLE.name(), "P14D");
    complete("cdp", processInstanceId, "Task_PlanProject", plan);

    // Réalisation: the reporting cycle falls due (the job is run as the administrator)
    executeTimer(processInstanceId, "Event_ReportingCycleDue");
    Map<String, Object> report = new LinkedHashMap<>();
    report.put(LifecycleVariables.PROGRESS_PERCENT.name(), 40);
    report.put(LifecycleVariables.FORECAST_END_DATE.name(), today.plusMonths(9).toString());
    report.put(LifecycleVariables.QUALITY_ISSUES.name(), 0);
    report.put(LifecycleVariables.REPORT_RISKS.name(), "RAS");
    report.put(SteeringVariables.MILESTONE_PROGRESS.name(), List.of(
        Map.of("milestone", "Conception", "plannedDate", today.toString(), "actualDate", reached.toString()),
        Map.of("milestone", "Recette", "plannedDate", today.plusMonths(5).toString(), "forecastDate", today.plusMonths(5).plusDays(3).toString()),
        Map.of("milestone", "Déploiement", "plannedDate", today.plusMonths(9).toString())));
    report.put(SteeringVariables.RISK_REGISTER.name(), List.of(Map.of("title", "Connexion internet limitée en tribu", "probability", "2", "impact", "3",
        "owner", "moe", "mitigation", "Mode hors ligne", "status", "OPEN")));
    report.put(SteeringVariables.BUDGET_CONSUMPTION.name(), List.of(
        Map.of("year", today.getYear(), "nature", "INVESTMENT", "plannedAmount", 40_000_000, "consumedAmount", 20_000_000),
        Map.of("year", today.plusMonths(9).getYear(), "nature", "OPERATING", "plannedAmount", 15_000_000, "consumedAmount", 0)));
    complete("cdp", processInstanceId, "Task_FileStatusReport", report);
    complete("cdp", processInstanceId, "Task_SteerDelivery", Map.of(LifecycleVariables.DELIVERY_NOTES.name(), "Version 1.0 en recette sur l'environnement de test."));
    complete("moa", processInstanceId, "Task_AcceptDelivery", Map.of(LifecycleVariables.ACCEPTANCE_DECISION.name(), "ACCEPT"));

    // Déploiement (one rollout per commune) alongside change management (a called process, same business key)
    List<JsonNode> installations = tasksOf("moe", businessKey, "Task_InstallOnSite");
    assertThat(installations).extracting(task -> task.get("name").asText())
        .containsExactlyInAnyOrder("Installer à Koné", "Installer à Koumac");
    for (JsonNode installation : installations) {
      submit("moe", installation, Map.of(LifecycleVariables.INSTALLATION_NOTES.name(), "Poste d'accueil installé."));
    }
    List<JsonNode> siteAcceptances = tasksOf("referent", businessKey, "Task_AcceptSite");
    assertThat(siteAcceptances).hasSize(2);
    for (JsonNode siteAcceptance : siteAcceptances) {
      submit("referent", siteAcceptance, Map.of(LifecycleVariables.SITE_DECISION.name(), "ACCEPT"));
    }
    submit("comm", single("comm", businessKey, "Task_WriteCommunicationPlan"), Map.of(
        LifecycleVariables.COMMUNICATION_PLAN_URL.name(), "https://sharepoint.province-nord.nc/com/plans/portail-aides.docx",
        LifecycleVariables.COMMUNICATION_PLAN_SUMMARY.name(), "Familles, CCAS ; affiches en mairie, radio."));
    submit("cdp", single("cdp", businessKey, "Task_RunTrainingSessions"), Map.of(LifecycleVariables.TRAINING_SESSIONS.name(), 4, LifecycleVariables.TRAINED_PEOPLE.name(), 35));
    String changeInstance = rest.get("admin", "/engine-rest/process-instance?superProcessInstance=" + processInstanceId)
        .body().get(0).get("id").asText();
    executeTimer(changeInstance, "Event_AdoptionCheckDue");
    submit("cdp", single("cdp", businessKey, "Task_CheckAdoption"), Map.of(LifecycleVariables.ADOPTION_RATE.name(), 82, LifecycleVariables.ADOPTION_OBSERVATIONS.name(), "Bon accueil."));

    complete("cdp", processInstanceId, "Task_CloseProject", Map.of(
        LifecycleVariables.LESSONS_LEARNED.name(), "Impliquer les CCAS dès l'analyse.", LifecycleVariables.ACTUAL_END_DATE.name(), today.plusMonths(9).toString()));
    // The closure form is committed; the closing PDF is built by a job of its own (async step).
    runAsyncStep(processInstanceId, "Task_BuildClosingReport");

    Response history = rest.get("admin", "/engine-rest/history/process-instance/" + processInstanceId);
    assertThat(history.body().get("state").asText()).isEqualTo("COMPLETED");
    checkPortfolio(businessKey);
    return businessKey;
  }

  private void checkPortfolio(String businessKey) {
    Map<String, Object> project = upper(jdbc.sql("select * from project where business_key = :key").param("key", businessKey)
        .query().singleRow());
    assertThat(project).containsEntry("STATUS", "CLOSED").containsEntry("TRACK", "MAJOR")
        .containsEntry("CURRENT_STAGE", "CLOSURE").containsEntry("REQUESTER", "demandeur")
        .containsEntry("PROJECT_MANAGER", "cdp").containsEntry("HEALTH", "GREEN").containsEntry("PRIORITY", "HIGH");
    assertThat(((Number) project.get("ALLOCATED_BUDGET")).longValue()).isEqualTo(55_000_000L);
    assertThat(((Number) project.get("CONSUMED_BUDGET")).longValue()).isEqualTo(20_000_000L);
    assertThat(jdbc.sql("select name || ':' || coalesce(cast(actual_date as varchar(10)), '-') from project_milestone where business_key = :key order by position")
        .param("key", businessKey).query(String.class).list())
        .containsExactly("Conception:" + LocalDate.now().minusDays(1), "Recette:-", "Déploiement:-");
    assertThat(jdbc.sql("select budget_year || ':' || nature || ':' || planned_amount || ':' || consumed_amount from project_budget_line where business_key = :key order by nature")
        .param("key", businessKey).query(String.class).list()).hasSize(2)
        .first().isEqualTo(LocalDate.now().getYear() + ":INVESTMENT:40000000:20000000");
    assertThat(jdbc.sql("select title || ':' || probability || ':' || impact || ':' || owner || ':' || status from project_risk where business_key = :key")
        .param("key", businessKey).query(String.class).list()).containsExactly("Connexion internet limitée en tribu:2:3:moe:OPEN");
    assertThat(jdbc.sql("select user_id || ':' || percent from project_allocation where business_key = :key and allocation_month = :month order by user_id")
        .param("key", businessKey).param("month", java.time.YearMonth.from(LocalDate.now()).plusMonths(1).atDay(1)).query(String.class).list())
        .containsExactly("cdp:50", "moe:60");

    List<Map<String, Object>> stages = jdbc.sql("select stage, entered_at, left_at from project_stage where business_key = :key order by id")
        .param("key", businessKey).query().listOfRows();
    assertThat(stages).extracting(row -> upper(row).get("STAGE")).containsExactly(
        "REQUEST", "ANALYSIS", "GOVERNANCE", "SPECIFICATION", "VALIDATION", "ARBITRATION", "PLANNING", "REALISATION",
        "DEPLOYMENT", "CHANGE_MANAGEMENT", "CLOSURE");
    assertThat(stages).allSatisfy(row -> {
      assertThat(upper(row).get("ENTERED_AT")).isNotNull();
      assertThat(upper(row).get("LEFT_AT")).isNotNull();
    });

    List<String> decisions = jdbc.sql("""
            select kind, decision, decided_by from project_decision where business_key = :key order by id""")
        .param("key", businessKey)
        .query((rs, row) -> rs.getString("kind") + ":" + rs.getString("decision") + ":" + rs.getString("decided_by"))
        .list();
    assertThat(decisions).containsExactly("NEEDS_ANALYSIS:QUALIFY:cdp", "MOA_VALIDATION:APPROVE:moa", "MOE_OPINION:APPROVE:moe",
        "ARBITRATION:APPROVE:copil", "ACCEPTANCE:ACCEPT:moa", "SITE_ACCEPTANCE:ACCEPT:referent", "SITE_ACCEPTANCE:ACCEPT:referent");

    assertThat(jdbc.sql("select overall_health from status_report where business_key = :key").param("key", businessKey)
        .query(String.class).list()).containsExactly("GREEN");
    assertThat(jdbc.sql("select count(*) from project_commune where business_key = :key and accepted_at is not null and installed_at is not null")
        .param("key", businessKey).query(Integer.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("select adoption_rate from adoption_check where business_key = :key").param("key", businessKey)
        .query(Integer.class).list()).containsExactly(82);
  }

  private static Map<String, Object> upper(Map<String, Object> row) {
    Map<String, Object> result = new LinkedHashMap<>();
    row.forEach((key, value) -> result.put(key.toUpperCase(java.util.Locale.ROOT), value));
    return result;
  }

  private void complete(String user, String processInstanceId, String taskKey, Map<String, ?> variables) {
    JsonNode task = rest.tasks(user, processInstanceId).stream()
        .filter(candidate -> taskKey.equals(candidate.get("taskDefinitionKey").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(user + " ne voit pas la tâche " + taskKey));
    submit(user, task, variables);
  }

  private void submit(String user, JsonNode task, Map<String, ?> variables) {
    String taskId = task.get("id").asText();
    Response response = rest.completeTask(user, taskId, variables);
    if (response.status() >= 300 && completedAlready(taskId)) {
      System.out.printf("%s : déjà faite, sa réponse perdue avec sa connexion (%d)%n", task.get("name").asText(), response.status());
      return;
    }
    assertThat(response.status()).as(task.get("name").asText() + " : " + response.text()).isIn(200, 204);
  }

  /**
   * What a user does when a step answered 503 and, sent again, the task is no longer there: the
   * history says whether the first sending went through. A commit whose answer was lost with its
   * connection (the outage test ends backends mid-call) is done although it was answered 503.
   */
  private boolean completedAlready(String taskId) {
    JsonNode history = rest.get("admin", "/engine-rest/history/task?taskId=" + taskId).body();
    return history != null && history.size() == 1 && "completed".equals(history.get(0).path("deleteReason").asText());
  }

  /** The same for a job: the activity it was to run has been passed. */
  private boolean passedAlready(String processInstanceId, String activityId) {
    JsonNode history = rest.get("admin", "/engine-rest/history/activity-instance?finished=true&processInstanceId="
        + processInstanceId + "&activityId=" + activityId).body();
    return history != null && !history.isEmpty();
  }

  private List<JsonNode> tasksOf(String user, String businessKey, String taskKey) {
    JsonNode body = rest.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey).body();
    List<JsonNode> tasks = new ArrayList<>();
    Objects.requireNonNull(body).forEach(tasks::add);
    return tasks;
  }

  private JsonNode single(String user, String businessKey, String taskKey) {
    List<JsonNode> tasks = tasksOf(user, businessKey, taskKey);
    assertThat(tasks).as(user + " voit " + taskKey).hasSize(1);
    return tasks.get(0);
  }

  /**
   * Runs an async step's job while the instance waits in it. Where job executors run (the two-node
   * test), one may take the job first: the walk then waits for the instance to end.
   */
  private void runAsyncStep(String processInstanceId, String activityId) {
    JsonNode jobs = rest.get("admin", "/engine-rest/job?processInstanceId=" + processInstanceId + "&activityId=" + activityId).body();
    if (jobs.size() == 1) {
      Response executed = rest.post("admin", "/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", null);
      if (executed.status() == 204) {
        return;
      }
    }
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (!"COMPLETED".equals(rest.get("admin", "/engine-rest/history/process-instance/" + processInstanceId).body()
        .get("state").asText())) {
      assertThat(System.nanoTime()).as("étape asynchrone " + activityId + " terminée par un exécuteur de tâches").isLessThan(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private void executeTimer(String processInstanceId, String activityId) {
    JsonNode jobs = rest.get("admin", "/engine-rest/job?timers=true&processInstanceId=" + processInstanceId + "&activityId=" + activityId).body();
    assertThat(jobs).as("minuteur " + activityId).hasSize(1);
    Response executed = rest.post("admin", "/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", null);
    if (executed.status() != 204 && passedAlready(processInstanceId, activityId)) {
      System.out.printf("%s : déjà passé, sa réponse perdue avec sa connexion (%d)%n", activityId, executed.status());
      return;
    }
    assertThat(executed.status()).as(executed.text()).isEqualTo(204);
  }
}
