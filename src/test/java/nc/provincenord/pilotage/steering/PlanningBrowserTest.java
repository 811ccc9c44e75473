package nc.provincenord.pilotage.steering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.BrowserSession;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real Tasklist (form-js 1.8.7) in Chromium: the planning form's dynamic lists are drawn with the
 * values already in the process, the project manager adds a budget line, a milestone and a team member
 * with the lists' own « Add new » buttons and clicks « Terminer »; the status report is filed the same
 * way (a risk row added, the budget and milestone rows updated). What Tasklist sends reaches the
 * steering tables through the server's checks. Without the fix of form-js's empty error entries in
 * {@code pilotage-webapp.js}, « Terminer » stays disabled and both tests time out on it.
 */
class PlanningBrowserTest extends PilotageIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void theProjectManagerAddsATeamMemberInTheDynamicListAndThePlanIsRecorded() throws Exception {
    EngineRestClient rest = rest();
    LocalDate today = LocalDate.now();
    Walked project = startedAndSpecified(rest);
    String pid = project.processInstanceId();
    String key = project.businessKey();

    // What a first, interrupted planning left in the process: the form shows it again (admin writes them here).
    Map<String, Object> modifications = new LinkedHashMap<>();
    modifications.put(LifecycleVariables.PLANNED_START_DATE.name(), Map.of("value", today.toString(), "type", "String"));
    modifications.put(LifecycleVariables.PLANNED_END_DATE.name(), Map.of("value", today.plusMonths(2).toString(), "type", "String"));
    modifications.put(LifecycleVariables.PLANNED_BUDGET.name(), Map.of("value", 2_000_000, "type", "Long"));
    modifications.put(SteeringVariables.PLANNED_MILESTONES.name(), Map.of("type", "Json",
        "value", "[{\"name\":\"Recette\",\"plannedDate\":\"" + today.plusMonths(1) + "\",\"deliverable\":\"PV de recette\"}]"));
    modifications.put(SteeringVariables.BUDGET_LINES.name(), Map.of("type", "Json",
        "value", "[{\"year\":" + today.getYear() + ",\"nature\":\"INVESTMENT\",\"plannedAmount\":2000000}]"));
    Response written = rest.post("admin", "/engine-rest/process-instance/" + pid + "/variables", Map.of("modifications", modifications));
    assertThat(written.status()).as(written.text()).isEqualTo(204);
    String taskId = task(rest, "cdp", pid, "Task_PlanProject").get("id").asText();

    DateTimeFormatter shown = DateTimeFormatter.ofPattern("M/d/yyyy"); // as form-js 1.8.7 draws dates
    try (BrowserSession projectManager = BrowserSession.open("http://localhost:" + port)) {
      Typist typist = new Typist(projectManager);
      try {
        projectManager.login("cdp", DEMO_PASSWORD);
        projectManager.visit("/camunda/app/tasklist/default/#/?task=" + taskId);
        assertThat(input(projectManager, "Jalon", 1).getAttribute("value")).isEqualTo("Recette");
        assertThat(input(projectManager, "Date prévue", 1).getAttribute("value")).isEqualTo(today.plusMonths(1).format(shown));
        assertThat(input(projectManager, "Livrable attendu", 1).getAttribute("value")).isEqualTo("PV de recette");
        assertThat(input(projectManager, "Montant prévu", 1).getAttribute("value")).contains("2000000");
        List<WebElement> addButtons = projectManager.driver().findElements(By.cssSelector("button.fjs-repeat-render-add"));
        assertThat(addButtons).as("an add button under each dynamic list").hasSize(3);
        projectManager.waitUntil(() -> addButtons.stream().allMatch(button -> button.getText().contains("Ajouter une ligne")));

        // form order: budget lines, milestones, team
        typist.fill("Budget planifié", 1, "2500000");
        projectManager.click(By.xpath("(//button[contains(@class,'fjs-repeat-render-add')])[1]"));
        typist.fill("Année", 2, String.valueOf(today.getYear() + 1));
        pick(projectManager, "Nature", 2, "Fonctionnement");
        typist.fill("Montant prévu", 2, "500000");

        projectManager.click(By.xpath("(//button[contains(@class,'fjs-repeat-render-add')])[2]"));
        typist.fill("Jalon", 2, "Mise en service");
        typist.date("Date prévue", 2, today.plusDays(50).format(shown));
        typist.fill("Livrable attendu", 2, "PV de mise en service");

        projectManager.click(By.xpath("(//button[contains(@class,'fjs-repeat-render-add')])[3]"));
        typist.fill("Agent (identifiant", 1, "moe");
        typist.fill("Rôle dans le projet", 1, "Architecte");
        typist.fill("Part du temps", 1, "30");
        typist.settle();
        projectManager.screenshot("tasklist-planning-dynamic-lists");

        projectManager.click(By.xpath("//button[normalize-space(.)='Terminer']"));
        projectManager.waitUntil(() -> rest.tasks("cdp", pid).stream()
            .noneMatch(t -> "Task_PlanProject".equals(t.get("taskDefinitionKey").asText())));
        projectManager.screenshot("tasklist-planning-completed");
      } catch (RuntimeException | AssertionError failure) {
        ((org.openqa.selenium.JavascriptExecutor) projectManager.driver()).executeScript("document.body.style.zoom='0.4'");
        projectManager.screenshot("tasklist-planning-failure");
        System.out.println("FORM ERRORS: " + formErrors(projectManager));
        throw failure;
      }
    }
    assertThat(jdbc.sql("select name from project_milestone where business_key = :key order by planned_date")
        .param("key", key).query(String.class).list()).containsExactly("Recette", "Mise en service");
    assertThat(jdbc.sql("select project_role from project_team_member where business_key = :key and user_id = 'moe'")
        .param("key", key).query(String.class).single()).isEqualTo("Architecte");
    assertThat(jdbc.sql("select distinct percent from project_allocation where business_key = :key").param("key", key)
        .query(Integer.class).list()).containsExactly(30);
    assertThat(jdbc.sql("select sum(planned_amount) from project_budget_line where business_key = :key")
        .param("key", key).query(Long.class).single()).isEqualTo(2_500_000L);
    assertThat(count("project_budget_line", key)).isEqualTo(2);
  }

  /** A project walked by REST up to its planning. */
  private record Walked(String processInstanceId, String businessKey) {
  }

  private static Walked startedAndSpecified(EngineRestClient rest) {
    Response started = rest.submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(LifecycleVariables.TITLE.name(), "Plan dans Tasklist",
        LifecycleVariables.OBJECTIVE.name(), "Vérifier les listes dynamiques.", LifecycleVariables.DIRECTION.name(), "DSI", LifecycleVariables.TYPE.name(), "SI",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 2_000_000, LifecycleVariables.COMMUNES.name(), List.of("98811")));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String pid = started.body().get("id").asText();
    String key = started.body().get("businessKey").asText();
    complete(rest, "cdp", pid, "Task_AnalyseNeeds", Map.of(LifecycleVariables.ANALYSIS_DECISION.name(), "QUALIFY", LifecycleVariables.STAKEHOLDERS.name(), "DSI", LifecycleVariables.NEEDS.name(), "Suivi",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 2_000_000, LifecycleVariables.DURATION_MONTHS.name(), 2));
    complete(rest, "cdp", pid, "Task_WriteSpecification", Map.of(LifecycleVariables.SPEC_DOCUMENT_URL.name(), "https://sharepoint.province-nord.nc/cdc.docx",
        LifecycleVariables.SPEC_VERSION.name(), "1.0", LifecycleVariables.SPEC_SUMMARY.name(), "Résumé"));
    complete(rest, "moa", pid, "Task_ValidateSpecification", Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));

    return new Walked(pid, key);
  }

  @Test
  void theProjectManagerFilesAStatusReportWithItsDynamicListsInTasklist() throws Exception {
    EngineRestClient rest = rest();
    LocalDate today = LocalDate.now();
    Walked project = startedAndSpecified(rest);
    String pid = project.processInstanceId();
    String key = project.businessKey();
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put(LifecycleVariables.PLANNED_START_DATE.name(), today.toString());
    plan.put(LifecycleVariables.PLANNED_END_DATE.name(), today.plusMonths(2).toString());
    plan.put(LifecycleVariables.PLANNED_BUDGET.name(), 2_000_000);
    plan.put(SteeringVariables.PLANNED_MILESTONES.name(), List.of(Map.of("name", "Recette", "plannedDate", today.plusMonths(1).toString())));
    plan.put(SteeringVariables.BUDGET_LINES.name(), List.of(Map.of("year", today.getYear(), "nature", "INVESTMENT", "plannedAmount", 2_000_000)));
    plan.put(SteeringVariables.TEAM_MEMBERS.name(), List.of(Map.of("member", "moe", "role", "Architecte", "allocationPercent", 30)));
    complete(rest, "cdp", pid, "Task_PlanProject", plan);
    JsonNode job = rest.get("admin", "/engine-rest/job?timers=true&processInstanceId=" + pid + "&activityId=Event_ReportingCycleDue").body();
    assertThat(rest.post("admin", "/engine-rest/job/" + job.get(0).get("id").asText() + "/execute", null).status()).isEqualTo(204);
    String taskId = task(rest, "cdp", pid, "Task_FileStatusReport").get("id").asText();
    DateTimeFormatter shown = DateTimeFormatter.ofPattern("M/d/yyyy");

    try (BrowserSession projectManager = BrowserSession.open("http://localhost:" + port)) {
      Typist typist = new Typist(projectManager);
      try {
        projectManager.login("cdp", DEMO_PASSWORD);
        projectManager.visit("/camunda/app/tasklist/default/#/?task=" + taskId);
        assertThat(input(projectManager, "Jalon", 1).getAttribute("value")).isEqualTo("Recette");
        typist.fill("Avancement (%)", 1, "40");
        typist.fill("Consommé (XPF)", 1, "700000");
        if (input(projectManager, "Date de fin prévisionnelle", 1).getAttribute("value").isEmpty()) {
          typist.date("Date de fin prévisionnelle", 1, today.plusMonths(2).format(shown));
        }
        typist.date("Date prévisionnelle", 1, today.plusMonths(1).plusDays(5).format(shown));
        typist.fill("Anomalies qualité", 1, "0");
        projectManager.click(By.cssSelector("button.fjs-repeat-render-add"));
        typist.fill("Risque", 1, "Retard du prestataire");
        pick(projectManager, "Probabilité", 1, "3 - forte");
        pick(projectManager, "Impact", 1, "2 - moyen");
        pick(projectManager, "Statut", 1, "Ouvert");
        typist.settle();
        projectManager.screenshot("tasklist-status-report-dynamic-lists");

        projectManager.click(By.xpath("//button[normalize-space(.)='Terminer']"));
        projectManager.waitUntil(() -> rest.tasks("cdp", pid).stream()
            .noneMatch(t -> "Task_FileStatusReport".equals(t.get("taskDefinitionKey").asText())));
      } catch (RuntimeException | AssertionError failure) {
        ((org.openqa.selenium.JavascriptExecutor) projectManager.driver()).executeScript("document.body.style.zoom='0.4'");
        projectManager.screenshot("tasklist-status-report-failure");
        System.out.println("FORM ERRORS: " + formErrors(projectManager));
        throw failure;
      }
    }
    assertThat(count("status_report", key)).isEqualTo(1);
    assertThat(jdbc.sql("select title || ':' || probability || ':' || impact || ':' || status from project_risk where business_key = :key")
        .param("key", key).query(String.class).single()).isEqualTo("Retard du prestataire:3:2:OPEN");
    assertThat(jdbc.sql("select consumed_budget from project where business_key = :key").param("key", key).query(Long.class).single())
        .isEqualTo(700_000L);
    assertThat(jdbc.sql("select forecast_date from project_milestone where business_key = :key").param("key", key)
        .query(LocalDate.class).single()).isEqualTo(today.plusMonths(1).plusDays(5));
  }

  /** Opens a form-js select of a list row by its label and picks an option. */
  private static void pick(BrowserSession browser, String label, int occurrence, String option) {
    browser.click(By.id(input(browser, label, occurrence).getAttribute("id") + "-display"));
    browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']"));
  }

  /**
   * Types into the form as a person does, and looks again before « Terminer »: form-js draws a list row
   * again after « Add new » or after a neighbour's change, which can drop what was just typed; a person
   * sees the field empty and types again, so does the test. The form is settled when every value typed is
   * shown and no field shows an error.
   */
  private static final class Typist {
    private final BrowserSession browser;
    private record Typed(String label, int occurrence, String text, boolean confirm) {
    }

    private final Map<String, Typed> typed = new LinkedHashMap<>();

    Typist(BrowserSession browser) {
      this.browser = browser;
    }

    void fill(String label, int occurrence, String text) {
      type(label, occurrence, text, false);
    }

    /** A form-js date: typed as shown, confirmed with Enter as in its picker. */
    void date(String label, int occurrence, String shownDate) {
      type(label, occurrence, shownDate, true);
    }

    private void type(String label, int occurrence, String text, boolean confirm) {
      typed.put(label + "#" + occurrence, new Typed(label, occurrence, text, confirm));
      browser.waitUntil(() -> shownOrTypedAgain(label, occurrence, text, confirm));
    }

    void settle() {
      browser.waitUntil(() -> {
        boolean shown = true;
        for (Typed value : typed.values()) {
          shown &= shownOrTypedAgain(value.label(), value.occurrence(), value.text(), value.confirm());
        }
        return shown && browser.driver().findElements(By.cssSelector(".fjs-has-errors")).isEmpty();
      });
    }

    private boolean shownOrTypedAgain(String label, int occurrence, String text, boolean confirm) {
      try {
        WebElement field = input(browser, label, occurrence);
        if (text.equals(field.getAttribute("value"))) {
          return true;
        }
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(confirm ? text + Keys.ENTER : text);
        return text.equals(input(browser, label, occurrence).getAttribute("value"));
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        return false;
      }
    }
  }

  private static List<String> formErrors(BrowserSession browser) {
    return browser.driver().findElements(By.cssSelector(".fjs-has-errors")).stream()
        .map(e -> e.getAttribute("outerHTML").substring(0, Math.min(300, e.getAttribute("outerHTML").length()))).toList();
  }

  /** A field of a list row, found by its own label (the list's title is a label too, without {@code for}). */
  private static WebElement input(BrowserSession browser, String label, int occurrence) {
    WebElement found = browser.visible(By.xpath("(//label[@for][starts-with(normalize-space(.), \"" + label + "\")])["
        + occurrence + "]"));
    return browser.driver().findElement(By.id(found.getAttribute("for")));
  }

  private long count(String table, String key) {
    return jdbc.sql("select count(*) from " + table + " where business_key = :key").param("key", key).query(Long.class).single();
  }

  private static JsonNode task(EngineRestClient rest, String user, String pid, String key) {
    return rest.tasks(user, pid).stream().filter(t -> key.equals(t.get("taskDefinitionKey").asText())).findFirst()
        .orElseThrow(() -> new AssertionError(user + " ne voit pas " + key));
  }

  private static void complete(EngineRestClient rest, String user, String pid, String key, Map<String, ?> variables) {
    Response response = rest.completeTask(user, task(rest, user, pid, key).get("id").asText(), variables);
    assertThat(response.status()).as(key + " : " + response.text()).isEqualTo(204);
  }
}
