package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, item 1, as an attacker tries it: expressions in queries through {@code /engine-rest},
 * through the web apps' engine API with a browser session, in filters, and through the Java API.
 * Each attack answers 400 with a French message naming the key, and the command never runs.
 */
class ExpressionInRequestAttackTest extends PilotageIntegrationTest {

  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  private static final String MY_TASKS = "Mes tâches";

  private final CommandPayload payload = CommandPayload.create();

  @AfterEach
  void nothingRan() {
    assertThat(payload.ran()).as("the OS command of the payload never ran").isFalse();
    processEngine.getIdentityService().clearAuthentication();
  }

  private Map<String, Object> orQueriesAtDepth1() {
    return Map.of("orQueries", List.of(Map.of("assigneeExpression", payload.expression())));
  }

  private Map<String, Object> orQueriesAtDepth2() {
    return Map.of("orQueries", List.of(Map.of("processDefinitionKey", WatchVariables.PROCESS_KEY,
        "orQueries", List.of(Map.of("candidateUserExpression", payload.expression())))));
  }

  @Test
  void aRequesterGets400ForAnExpressionInTheOrQueriesOfATaskQuery() {
    EngineRestClient rest = rest();
    for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
      assertRefused(rest.post("demandeur", path, orQueriesAtDepth1()), "orQueries[0].assigneeExpression");
      assertRefused(rest.post("demandeur", path, orQueriesAtDepth2()), "orQueries[0].orQueries[0].candidateUserExpression");
      assertThat(rest.post("demandeur", path, Map.of("orQueries", List.of(Map.of("assignee", "demandeur")))).status())
          .as("the same query without expression is answered").isEqualTo(200);
    }
    assertRefused(rest.post("cdp", "/engine-rest/engine/default/task/count", orQueriesAtDepth1()),
        "orQueries[0].assigneeExpression");
  }

  @Test
  void theHistoricTaskQueryAndTheQueryStringAreGuardedToo() {
    EngineRestClient rest = rest();
    for (String path : List.of("/engine-rest/history/task", "/engine-rest/history/task/count")) {
      assertRefused(rest.post("moe", path, Map.of("orQueries", List.of(Map.of("taskAssigneeExpression", payload.expression())))),
          "orQueries[0].taskAssigneeExpression");
      assertRefused(rest.post("moe", path, orQueriesAtDepth2()), "orQueries[0].orQueries[0].candidateUserExpression");
    }
    String encoded = URLEncoder.encode(payload.expression(), StandardCharsets.UTF_8);
    assertRefused(rest.get("demandeur", "/engine-rest/task?assigneeExpression=" + encoded), "assigneeExpression");
    assertRefused(rest.get("demandeur", "/engine-rest/task/count?dueBeforeExpression=" + encoded), "dueBeforeExpression");
  }

  @Test
  void tasklistsOwnEngineApiRefusesThemWithABrowserSession() throws Exception {
    WebAppSession browser = WebAppSession.login(port, "demandeur", DEMO_PASSWORD);
    String depth1 = "{\"orQueries\":[{\"assigneeExpression\":\"" + payload.expression() + "\"}]}";
    String depth2 = "{\"orQueries\":[{\"active\":true,\"orQueries\":[{\"ownerExpression\":\"" + payload.expression() + "\"}]}]}";

    assertThat(browser.postJson(WEBAPP_ENGINE + "/task/count", "{\"assignee\":\"demandeur\"}").statusCode())
        .as("the session and its XSRF token work").isEqualTo(200);
    assertRefused(browser.postJson(WEBAPP_ENGINE + "/task/count", depth1), "orQueries[0].assigneeExpression");
    assertRefused(browser.postJson(WEBAPP_ENGINE + "/task", depth2), "orQueries[0].orQueries[0].ownerExpression");
    assertRefused(browser.postJson(WEBAPP_ENGINE + "/history/task/count", depth1), "orQueries[0].assigneeExpression");
    String filterId = filterId(MY_TASKS);
    assertRefused(browser.postJson(WEBAPP_ENGINE + "/filter/" + filterId + "/count", depth1), "orQueries[0].assigneeExpression");
    assertRefused(browser.postJson(WEBAPP_ENGINE + "/filter/" + filterId + "/list", depth2),
        "orQueries[0].orQueries[0].ownerExpression");
  }

  @Test
  void aFiltersExtendingQueryCarriesNoExpressionOnListCountOrSingleResult() {
    EngineRestClient rest = rest();
    String filterId = filterId(MY_TASKS);
    assertThat(rest.post("demandeur", "/engine-rest/filter/" + filterId + "/count", Map.of()).status())
        .as("the shared filter itself is executed").isEqualTo(200);
    for (String operation : List.of("count", "list", "singleResult")) {
      String path = "/engine-rest/filter/" + filterId + "/" + operation;
      assertRefused(rest.post("demandeur", path, orQueriesAtDepth1()), "orQueries[0].assigneeExpression");
      assertRefused(rest.post("demandeur", path, Map.of("assigneeExpression", payload.expression())), "assigneeExpression");
      assertRefused(rest.post("demandeur", path, orQueriesAtDepth2()), "orQueries[0].orQueries[0].candidateUserExpression");
    }
  }

  @Test
  void nobodyButAnAdministratorSavesAFilterWithAnExpression() {
    EngineRestClient rest = rest();
    long filters = filterService().createFilterQuery().count();
    for (String user : List.of("demandeur", "cdp", "concepteur", "copil")) {
      Response created = rest.post(user, "/engine-rest/filter/create", filter("Piège " + user, "${currentUser()}"));
      assertThat(created.status()).as(created.text()).isEqualTo(400);
      assertThat(created.message()).contains("Seul un administrateur", "query.assigneeExpression");
    }
    Response updated = call("PUT", "cdp", "/engine-rest/filter/" + filterId(MY_TASKS), filter(MY_TASKS, payload.expression()));
    assertThat(updated.status()).as(updated.text()).isEqualTo(400);
    assertThat(updated.message()).contains("Seul un administrateur", "query.assigneeExpression");
    assertThat(filterService().createFilterQuery().count()).as("no filter was created").isEqualTo(filters);
    assertThat(storedQuery(MY_TASKS)).doesNotContain("Runtime");
  }

  @Test
  void anAdministratorSavesTasklistsExpressionsAndNothingElse() {
    EngineRestClient rest = rest();
    Response created = rest.post("admin", "/engine-rest/filter/create",
        filter("Échéance sous deux jours", "${ currentUser() }", "${dateTime().plusDays(2).withTimeAtStartOfDay().toDate()}"));
    assertThat(created.status()).as(created.text()).isEqualTo(200);
    String id = created.body().get("id").asText();
    try {
      assertThat(rest.post("admin", "/engine-rest/filter/" + id + "/count", Map.of()).status()).isEqualTo(200);

      Response refused = rest.post("admin", "/engine-rest/filter/create", filter("Piège admin", payload.expression()));
      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.message()).contains("query.assigneeExpression", "n'est pas permise", "${currentUser()}");

      Response changed = call("PUT", "admin", "/engine-rest/filter/" + id,
          filter("Échéance sous deux jours", "${currentUser()}", "${now().getClass()}"));
      assertThat(changed.status()).as(changed.text()).isEqualTo(400);
      assertThat(changed.message()).contains("query.dueBeforeExpression", "n'est pas permise");
      assertThat(storedQuery("Échéance sous deux jours")).contains("plusDays(2)").doesNotContain("getClass");

      Response elsewhere = rest.post("admin", "/engine-rest/task/count", orQueriesAtDepth1());
      assertThat(elsewhere.status()).as("an administrator's ad hoc query carries no expression either").isEqualTo(400);
    } finally {
      filterService().deleteFilter(id);
    }
  }

  @Test
  void theEngineRefusesThemFromTheJavaApiToo() {
    processEngine.getIdentityService().setAuthentication("demandeur", List.of("demandeurs"));
    TaskQueryImpl query = (TaskQueryImpl) processEngine.getTaskService().createTaskQuery()
        .or().taskAssigneeExpression(payload.expression()).endOr();

    Throwable refused = catchThrowable(query::count);
    assertThat(refused).isInstanceOf(BadUserRequestException.class).hasMessageContaining("taskAssigneeExpression")
        .hasMessageContaining("jamais d'expression");

    String filterId = filterId(MY_TASKS);
    Throwable extended = catchThrowable(() -> filterService().count(filterId,
        processEngine.getTaskService().createTaskQuery().or().taskOwnerExpression(payload.expression()).endOr()));
    assertThat(extended).isInstanceOf(BadUserRequestException.class).hasMessageContaining("taskOwnerExpression");

    processEngine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    Filter owned = filterService().saveFilter(filterService().newTaskFilter("Filtre de cdp").setOwner("cdp")
        .setQuery(processEngine.getTaskService().createTaskQuery().taskCandidateGroup("chefs-de-projet")));
    try {
      processEngine.getIdentityService().setAuthentication("cdp", List.of("chefs-de-projet"));
      Filter changed = filterService().getFilter(owned.getId())
          .setQuery(processEngine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}"));
      assertThat(catchThrowable(() -> filterService().saveFilter(changed))).as("the owner is no administrator")
          .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Seul un administrateur");
    } finally {
      processEngine.getIdentityService().clearAuthentication();
      assertThat(storedQuery("Filtre de cdp")).doesNotContain("Expression");
      filterService().deleteFilter(owned.getId());
    }

    processEngine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    Filter forged = filterService().newTaskFilter("Filtre Java").setQuery(
        processEngine.getTaskService().createTaskQuery().taskAssigneeExpression(payload.expression()));
    assertThat(catchThrowable(() -> filterService().saveFilter(forged))).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("n'est pas permise");
    assertThat(filterService().createFilterQuery().filterName("Filtre Java").count()).isZero();
  }

  @Test
  void aStoredFilterWithAnyOtherExpressionIsNotExecuted() {
    processEngine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    Filter filter = filterService().saveFilter(filterService().newTaskFilter("Filtre ancien")
        .setQuery(processEngine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    processEngine.getIdentityService().clearAuthentication();
    try {
      // A row written before the guard existed, or by hand in the database.
      jdbcUpdate("UPDATE ACT_RU_FILTER SET QUERY_ = ? WHERE ID_ = ?",
          "{\"assigneeExpression\":\"" + payload.expression() + "\"}", filter.getId());

      Response refused = rest().post("admin", "/engine-rest/filter/" + filter.getId() + "/count", Map.of());
      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.message()).contains("Filtre ancien", "assigneeExpression", "ne peut pas être exécuté");
    } finally {
      filterService().deleteFilter(filter.getId());
    }
  }

  private void jdbcUpdate(String sql, Object... arguments) {
    org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .getDataSource());
    assertThat(jdbc.update(sql, arguments)).isEqualTo(1);
  }

  private static void assertRefused(Response response, String key) {
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.message()).contains("« " + key + " »", "jamais d'expression");
  }

  private static void assertRefused(HttpResponse<String> response, String key) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("« " + key + " »", "jamais d'expression");
  }

  private static Map<String, Object> filter(String name, String assigneeExpression) {
    return Map.of("resourceType", "Task", "name", name, "query", Map.of("assigneeExpression", assigneeExpression));
  }

  private static Map<String, Object> filter(String name, String assigneeExpression, String dueBeforeExpression) {
    return Map.of("resourceType", "Task", "name", name,
        "query", Map.of("assigneeExpression", assigneeExpression, "dueBeforeExpression", dueBeforeExpression));
  }

  private Response call(String method, String user, String path, Object body) {
    return org.springframework.web.client.RestClient.create().method(org.springframework.http.HttpMethod.valueOf(method))
        .uri("http://localhost:" + port + path)
        .headers(headers -> headers.setBasicAuth(user, DEMO_PASSWORD))
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(body)
        .exchange((request, response) -> {
          String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
          return new Response(response.getStatusCode().value(), parse(text), text, response.getHeaders());
        });
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (java.io.IOException notJson) {
      return null;
    }
  }

  private FilterService filterService() {
    return processEngine.getFilterService();
  }

  private String filterId(String name) {
    return filterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  private String storedQuery(String name) {
    return ((org.camunda.bpm.engine.impl.persistence.entity.FilterEntity) filterService().createFilterQuery()
        .filterName(name).singleResult()).getQueryInternal();
  }
}
