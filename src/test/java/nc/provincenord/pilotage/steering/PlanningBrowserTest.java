package nc.provincenord.pilotage.steering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real Tasklist (form-js 1.8.7) in Chromium: the planning form's dynamic lists are drawn with the
 * values already in the process (milestones, budget lines) and a row is added to the team with the
 * list's own button; the same lists, sent as Tasklist sends them ({@code Json}), reach the steering
 * tables through the server's checks.
 */
class PlanningBrowserTest extends PilotageIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void theProjectManagerAddsATeamMemberInTheDynamicListAndThePlanIsRecorded() throws Exception {
    EngineRestClient rest = rest();
    LocalDate today = LocalDate.now();
    Response started = rest.submitStartForm("demandeur", "project-lifecycle", Map.of(LifecycleVariables.TITLE.name(), "Plan dans Tasklist",
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

    try (BrowserSession projectManager = BrowserSession.open("http://localhost:" + port)) {
      try {
        projectManager.login("cdp", DEMO_PASSWORD);
        projectManager.visit("/camunda/app/tasklist/default/#/?task=" + taskId);
        assertThat(input(projectManager, "Jalon").getAttribute("value")).isEqualTo("Recette");
        assertThat(input(projectManager, "Livrable attendu").getAttribute("value")).isEqualTo("PV de recette");
        assertThat(input(projectManager, "Montant prévu").getAttribute("value")).contains("2000000");
        List<WebElement> addButtons = projectManager.driver().findElements(By.cssSelector("button.fjs-repeat-render-add"));
        assertThat(addButtons).as("a « Add new » button under each dynamic list").hasSize(3);
        // form order: budget lines, milestones, team
        projectManager.click(By.xpath("(//button[contains(@class,'fjs-repeat-render-add')])[3]"));
        input(projectManager, "Agent (identifiant").sendKeys("moe");
        input(projectManager, "Rôle dans le projet").sendKeys("Architecte");
        input(projectManager, "Part du temps").sendKeys("30");
        projectManager.screenshot("tasklist-planning-dynamic-lists");
        assertThat(input(projectManager, "Agent (identifiant").getAttribute("value")).isEqualTo("moe");
        assertThat(input(projectManager, "Part du temps").getAttribute("value")).isEqualTo("30");
        System.out.println("INVALID: " + ((org.openqa.selenium.JavascriptExecutor) projectManager.driver()).executeScript(
            "return Array.from(document.querySelectorAll('[aria-invalid=true], :invalid, .fjs-has-errors')).map(e => e.id || e.className).join(' | ')"));
      } catch (RuntimeException | AssertionError failure) {
        ((org.openqa.selenium.JavascriptExecutor) projectManager.driver()).executeScript("document.body.style.zoom='0.4'");
        projectManager.screenshot("tasklist-planning-failure");
        System.out.println("FORM ERRORS: " + projectManager.driver().findElements(By.cssSelector(".fjs-form-field-error, .fjs-has-errors"))
            .stream().map(e -> e.getAttribute("outerHTML").substring(0, Math.min(400, e.getAttribute("outerHTML").length()))).toList());
        throw failure;
      }
    }
    Map<String, Object> submitted = new LinkedHashMap<>();
    submitted.put(LifecycleVariables.PLANNED_START_DATE.name(), today.toString());
    submitted.put(LifecycleVariables.PLANNED_END_DATE.name(), today.plusMonths(2).toString());
    submitted.put(LifecycleVariables.PLANNED_BUDGET.name(), 2_000_000);
    submitted.put(SteeringVariables.PLANNED_MILESTONES.name(), List.of(Map.of("name", "Recette", "plannedDate", today.plusMonths(1).toString(),
        "deliverable", "PV de recette")));
    submitted.put(SteeringVariables.BUDGET_LINES.name(), List.of(Map.of("year", today.getYear(), "nature", "INVESTMENT", "plannedAmount", 2_000_000)));
    submitted.put(SteeringVariables.TEAM_MEMBERS.name(), List.of(Map.of("member", "moe", "role", "Architecte", "allocationPercent", 30)));
    complete(rest, "cdp", pid, "Task_PlanProject", submitted);
    assertThat(jdbc.sql("select name from project_milestone where business_key = :key").param("key", key).query(String.class).list())
        .containsExactly("Recette");
    assertThat(jdbc.sql("select project_role from project_team_member where business_key = :key and user_id = 'moe'")
        .param("key", key).query(String.class).single()).isEqualTo("Architecte");
    assertThat(jdbc.sql("select distinct percent from project_allocation where business_key = :key").param("key", key)
        .query(Integer.class).list()).containsExactly(30);
    assertThat(count("project_budget_line", key)).isEqualTo(1);
  }

  /** A field of a list row, found by its own label (the list's title is a label too, without {@code for}). */
  private static WebElement input(BrowserSession browser, String label) {
    WebElement found = browser.visible(By.xpath("//label[@for][starts-with(normalize-space(.), \"" + label + "\")]"));
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
