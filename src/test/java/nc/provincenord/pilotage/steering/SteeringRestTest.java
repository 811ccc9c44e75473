package nc.provincenord.pilotage.steering;

import static nc.provincenord.pilotage.steering.PlanRows.lines;
import static nc.provincenord.pilotage.steering.PlanRows.milestone;
import static nc.provincenord.pilotage.steering.PlanRows.team;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The planning and the status report through {@code /engine-rest} as the project manager: a bad value of
 * the steering lists is a French 400 that writes nothing (the tables are read back), a good plan and report
 * show on the project page and in {@code /api/projects/{code}}. Each planning rule and its message is tested
 * without the application by {@link PlanValidationTest}.
 */
class SteeringRestTest extends PilotageIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Autowired
  nc.provincenord.pilotage.portfolio.ClosingReportService closingReports;

  @Autowired
  nc.provincenord.pilotage.portfolio.PortfolioReportService weeklyReports;

  @Autowired
  nc.provincenord.pilotage.portfolio.ReportRepository reports;

  final LocalDate today = LocalDate.now();
  final LocalDate end = today.plusMonths(2);

  @Test
  void badPlansAreRefusedInFrenchAndWriteNothingThenAGoodPlanAndReportShowOnThePageAndInTheApi() {
    EngineRestClient rest = rest();
    Response started = rest.submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(
        LifecycleVariables.TITLE.name(), "Pilotage structuré",
        LifecycleVariables.OBJECTIVE.name(), "Suivre jalons et risques.", LifecycleVariables.DIRECTION.name(), "DSI", LifecycleVariables.TYPE.name(), "SI",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 3_000_000, LifecycleVariables.COMMUNES.name(), List.of("98811")));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String pid = started.body().get("id").asText();
    String key = started.body().get("businessKey").asText();
    complete(rest, "cdp", pid, "Task_AnalyseNeeds", Map.of(LifecycleVariables.ANALYSIS_DECISION.name(), "QUALIFY", LifecycleVariables.STAKEHOLDERS.name(), "DSI", LifecycleVariables.NEEDS.name(), "Suivi",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 3_000_000, LifecycleVariables.DURATION_MONTHS.name(), 2), 204);
    complete(rest, "cdp", pid, "Task_WriteSpecification", Map.of(LifecycleVariables.SPEC_DOCUMENT_URL.name(), "https://sharepoint.province-nord.nc/cdc.docx",
        LifecycleVariables.SPEC_VERSION.name(), "1.0", LifecycleVariables.SPEC_SUMMARY.name(), "Résumé"), 204);
    complete(rest, "moa", pid, "Task_ValidateSpecification", Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"), 204);

    // One refused plan proves the wiring (400 in French, nothing written); each rule: PlanValidationTest.
    refused(rest, pid, key, plan(List.of(milestone("Recette", today.plusMonths(1)), milestone("Lancement", today.plusDays(2))),
        team(), lines(today.getYear(), 3_000_000)), "rangez les jalons dans l'ordre de leurs dates");

    complete(rest, "cdp", pid, "Task_PlanProject", plan(List.of(milestone("Recette", today.plusMonths(1)),
        milestone("Mise en service", end)), team(), lines(today.getYear(), 3_000_000)), 204);

    JsonNode job = rest.get("admin", "/engine-rest/job?timers=true&processInstanceId=" + pid + "&activityId=Event_ReportingCycleDue").body();
    assertThat(rest.post("admin", "/engine-rest/job/" + job.get(0).get("id").asText() + "/execute", null).status()).isEqualTo(204);
    JsonNode reportTask = task(rest, "cdp", pid, "Task_FileStatusReport");
    JsonNode shown = rest.get("cdp", "/engine-rest/task/" + reportTask.get("id").asText() + "/form-variables?deserializeValues=false").body();
    assertThat(shown.get(SteeringVariables.MILESTONE_PROGRESS.name()).get("value").asText()).contains("\"milestone\":\"Recette\"", "\"milestone\":\"Mise en service\"");

    Map<String, Object> badRisk = report(List.of(Map.of("title", "Retard du prestataire", "probability", 5, "impact", 3)));
    Response refusedReport = rest.completeTask("cdp", reportTask.get("id").asText(), badRisk);
    assertThat(refusedReport.status()).isEqualTo(400);
    assertThat(refusedReport.text()).contains("Registre des risques : ligne 1, le champ « Probabilité (1 à 4) » doit être compris entre 1 et 4");
    assertThat(count("project_risk", key)).isZero();
    assertThat(jdbc.sql("select count(*) from status_report where business_key = :key").param("key", key).query(Long.class).single()).isZero();

    complete(rest, "cdp", pid, "Task_FileStatusReport", report(List.of(Map.of("title", "Retard du prestataire", "probability", "3",
        "impact", "4", "owner", "moe", "mitigation", "Pénalités au contrat", "status", "OPEN"))), 204);
    assertThat(jdbc.sql("select consumed_budget from project where business_key = :key").param("key", key).query(Long.class).single())
        .isEqualTo(1_200_000L);
    assertThat(jdbc.sql("select health_quality from project where business_key = :key").param("key", key).query(String.class).single())
        .isEqualTo("AMBER");

    Response page = rest.get("cdp", "/portefeuille/projets/" + key);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("id=\"milestones\"", "Recette", "Mise en service", "id=\"team\"", "Chef de projet",
        YearMonth.from(today) + " : 50 %", "id=\"risks\"", "Retard du prestataire", "Pénalités au contrat", "ouvert",
        "id=\"budget-lines\"", "investissement", "id=\"health-reasons\"", "risque ouvert « Retard du prestataire »");

    JsonNode api = rest.get("cdp", "/api/projects/" + key).body();
    assertThat(api.get("milestones")).hasSize(2);
    assertThat(api.get("milestones").get(0).get("forecastDate").asText()).isEqualTo(today.plusMonths(1).plusDays(10).toString());
    assertThat(api.get("milestones").get(0).get("slipDays").asLong()).isEqualTo(10);
    assertThat(api.get("risks").get(0).get("score").asInt()).isEqualTo(12);
    assertThat(api.get("risks").get(0).get("status").asText()).isEqualTo("OPEN");
    assertThat(api.get("team").get(0).get("userId").asText()).isEqualTo("cdp");
    assertThat(api.get("team").get(0).get("allocations").get(YearMonth.from(today).toString()).asInt()).isEqualTo(50);
    assertThat(api.get("budgetLines").get(0).get("consumedAmount").asLong()).isEqualTo(1_200_000L);
    // « Prochain jalon »: the plan's next milestone not reached, at its forecast date (no longer the desired date)
    assertThat(api.at("/summary/nextMilestone/label").asText()).isEqualTo("Recette");
    assertThat(api.at("/summary/nextMilestone/date").asText()).isEqualTo(today.plusMonths(1).plusDays(10).toString());
    JsonNode listed = rest.get("cdp", "/api/projects?size=100").body();
    assertThat(listed.toString()).contains("\"label\":\"Recette\"", today.plusMonths(1).plusDays(10).toString());
    assertThat(rest.get("cdp", "/v3/api-docs").text()).contains("MilestoneView", "RiskView", "TeamMemberView", "BudgetLineView");

    String closing = pdfText(reports.pdf(closingReports.generate(key)).orElseThrow());
    assertThat(closing).contains("Jalons prévus et réalisés", "Recette", "10 jours", "Risques ouverts", "Retard du prestataire",
        "Pénalités au contrat", "Budget par année", "Investissement prévu");
    String weekly = pdfText(reports.pdf(weeklyReports.compileWeekly()).orElseThrow());
    assertThat(weekly).contains("Risques ouverts", "Retard du prestataire", "3 × 4 = 12", "Budget des projets actifs par année",
        "Jalons de la semaine et des quatre prochaines");
  }

  private static String pdfText(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setSortByPosition(false);
      return stripper.getText(document);
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  private Map<String, Object> report(List<Map<String, Object>> risks) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put(LifecycleVariables.PROGRESS_PERCENT.name(), 30);
    report.put(LifecycleVariables.FORECAST_END_DATE.name(), end.toString());
    report.put(LifecycleVariables.QUALITY_ISSUES.name(), 0);
    report.put(SteeringVariables.MILESTONE_PROGRESS.name(), List.of(Map.of("milestone", "Recette", "forecastDate", today.plusMonths(1).plusDays(10).toString())));
    report.put(SteeringVariables.RISK_REGISTER.name(), risks);
    report.put(SteeringVariables.BUDGET_CONSUMPTION.name(), List.of(Map.of("year", today.getYear(), "nature", "INVESTMENT", "consumedAmount", 1_200_000)));
    return report;
  }

  private void refused(EngineRestClient rest, String pid, String key, Map<String, Object> plan, String message) {
    JsonNode task = task(rest, "cdp", pid, "Task_PlanProject");
    Response response = rest.completeTask("cdp", task.get("id").asText(), plan);
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text()).contains(message).contains("Rien n'a été enregistré");
    for (String table : List.of("project_milestone", "project_team_member", "project_allocation", "project_budget_line")) {
      assertThat(count(table, key)).as(table).isZero();
    }
    assertThat(jdbc.sql("select count(*) from project where business_key = :key and planned_budget is null").param("key", key)
        .query(Long.class).single()).as("planned budget not written").isEqualTo(1);
  }

  private long count(String table, String key) {
    return jdbc.sql("select count(*) from " + table + " where business_key = :key").param("key", key).query(Long.class).single();
  }

  private Map<String, Object> plan(List<Map<String, Object>> milestones, List<Map<String, Object>> team, List<Map<String, Object>> lines) {
    Map<String, Object> plan = PlanRows.plan(milestones, team, lines);
    plan.put(LifecycleVariables.PLANNED_START_DATE.name(), today.toString());
    plan.put(LifecycleVariables.PLANNED_END_DATE.name(), end.toString());
    plan.put(LifecycleVariables.ROLLOUT_COMMUNES.name(), List.of("98811"));
    plan.put(LifecycleVariables.REPORTING_CYCLE.name(), "P7D");
    return plan;
  }

  private static JsonNode task(EngineRestClient rest, String user, String pid, String key) {
    return rest.tasks(user, pid).stream().filter(t -> key.equals(t.get("taskDefinitionKey").asText())).findFirst()
        .orElseThrow(() -> new AssertionError(user + " ne voit pas " + key));
  }

  private static void complete(EngineRestClient rest, String user, String pid, String key, Map<String, ?> variables, int status) {
    Response response = rest.completeTask(user, task(rest, user, pid, key).get("id").asText(), variables);
    assertThat(response.status()).as(key + " : " + response.text()).isEqualTo(status);
  }
}
