package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** /api/projects and the portfolio page on a small seeded portfolio (codes PRJ-1998-…): filters, sorts, pages, rights. */
class PortfolioApiTest extends SmallPortfolioTest {

  private static final int YEAR = 1998;

  PortfolioApiTest() {
    super(YEAR);
  }

  @Test
  void theCommitteeListsTheProjectsOfAYearNewestFirst() {
    JsonNode page = api("copil", "/api/projects?year=" + YEAR);
    assertThat(page.get("total").asLong()).isEqualTo(5);
    assertThat(codes(page)).containsExactly(portfolio.closed, portfolio.fresh, portfolio.waiting, portfolio.green, portfolio.red);
    JsonNode red = page.get("items").get(4);
    assertThat(red.get("title").asText()).isEqualTo(SmallPortfolio.XSS_TITLE);
    assertThat(red.get("stageLabel").asText()).isEqualTo("Réalisation");
    assertThat(red.at("/health/overall").asText()).isEqualTo("RED");
    assertThat(red.at("/health/schedule").asText()).isEqualTo("AMBER");
    assertThat(red.at("/budget/reference").asLong()).isEqualTo(12_000_000);
    assertThat(red.at("/budget/consumed").asLong()).isEqualTo(9_000_000);
    assertThat(red.at("/nextMilestone/label").asText()).isEqualTo("Fin prévue");
    assertThat(red.at("/nextMilestone/date").asText()).isEqualTo(YEAR + "-10-31");
  }

  @Test
  void filtersSortAndPagesAreAppliedByTheDatabase() {
    assertThat(codes(api("cdp", "/api/projects?year=" + YEAR + "&health=RED"))).containsExactly(portfolio.red);
    assertThat(codes(api("cdp", "/api/projects?year=" + YEAR + "&health=NONE&status=ACTIVE&sort=code&desc=false")))
        .containsExactly(portfolio.waiting, portfolio.fresh);
    assertThat(codes(api("cdp", "/api/projects?year=" + YEAR + "&stage=REALISATION&sort=code&desc=false")))
        .containsExactly(portfolio.red, portfolio.green);
    assertThat(codes(api("cdp", "/api/projects?year=" + YEAR + "&direction=DSI&status=ACTIVE&sort=code&desc=false")))
        .containsExactly(portfolio.red, portfolio.fresh);
    assertThat(codes(api("cdp", "/api/projects?year=" + YEAR + "&commune=98812&sort=code&desc=false")))
        .containsExactly(portfolio.red, portfolio.green);
    assertThat(codes(api("admin", "/api/projects?year=" + YEAR + "&sort=budget&desc=true")))
        .containsExactly(portfolio.red, portfolio.green, portfolio.waiting, portfolio.fresh, portfolio.closed);

    JsonNode second = api("copil", "/api/projects?year=" + YEAR + "&sort=code&desc=false&size=2&page=1");
    assertThat(second.get("totalPages").asInt()).isEqualTo(3);
    assertThat(codes(second)).containsExactly(portfolio.waiting, portfolio.fresh);

    Response invalid = rest().get("copil", "/api/projects?sort=drop+table");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().get("message").asText()).startsWith("Tri inconnu");
  }

  @Test
  void theSummaryHoldsTheFiguresOfThePictures() {
    JsonNode summary = api("copil", "/api/projects/summary?year=" + YEAR);
    assertThat(summary.get("total").asLong()).isEqualTo(5);
    assertThat(count(summary.get("byStage"), "REALISATION")).isEqualTo(2);
    assertThat(count(summary.get("byStage"), "VALIDATION")).isEqualTo(1);
    JsonNode overall = summary.get("health").get(3);
    assertThat(overall.get("axis").asText()).isEqualTo("Globale");
    assertThat(List.of(overall.get("green").asLong(), overall.get("amber").asLong(), overall.get("red").asLong(),
        overall.get("none").asLong())).containsExactly(1L, 0L, 1L, 3L);
    JsonNode analysis = find(summary.get("medianDaysPerStage"), "stage", "ANALYSIS");
    // Analyses of 4 hours, 10, 20 and 30 days: median (10 + 20) / 2.
    assertThat(analysis.get("medianDays").asDouble()).isEqualTo(15.0);
    assertThat(analysis.get("projects").asLong()).isEqualTo(4);
    JsonNode kone = find(summary.get("rolloutByCommune"), "insee", "98811");
    assertThat(kone.get("name").asText()).isEqualTo("Koné");
    assertThat(List.of(kone.get("planned").asLong(), kone.get("installed").asLong(), kone.get("accepted").asLong()))
        .containsExactly(1L, 1L, 1L);
    JsonNode dsi = find(summary.get("budgetByDirection"), "direction", "DSI");
    assertThat(dsi.get("allocated").asLong()).isEqualTo(12_000_000 + 2_500_000 + 1_000_000);
    assertThat(dsi.get("consumed").asLong()).isEqualTo(9_000_000 + 900_000);
  }

  @Test
  void theProjectShowsItsStagesDecisionsReportsAndDocuments() {
    JsonNode project = api("cdp", "/api/projects/" + portfolio.red);
    assertThat(project.at("/summary/code").asText()).isEqualTo(portfolio.red);
    assertThat(project.get("stages")).hasSize(2);
    assertThat(project.get("stages").get(0).get("days").asDouble()).isEqualTo(10.0);
    assertThat(project.get("decisions").get(0).get("comment").asText()).isEqualTo("Conforme <i>au besoin</i>");
    assertThat(project.get("statusReports")).hasSize(2);
    assertThat(project.get("statusReports").get(1).get("consumedPercent").asLong()).isEqualTo(75);
    assertThat(project.get("documents").get(0).get("url").asText()).isEqualTo("https://ged.province-nord.nc/cdc/portail.pdf");
    assertThat(project.get("communes").toString()).contains("Koné", "Koumac");

    Response missing = rest().get("cdp", "/api/projects/PRJ-" + YEAR + "-9999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().get("message").asText()).isEqualTo("Aucun projet PRJ-" + YEAR + "-9999.");
  }

  @Test
  void onlyProjectManagersTheCommitteeAndAdministratorsMayRead() {
    assertThat(rest().get("demandeur", "/api/projects").status()).isEqualTo(403);
    assertThat(rest().get("moa", "/api/projects/" + portfolio.red).status()).isEqualTo(403);
    assertThat(rest().get("demandeur", "/portefeuille").status()).isEqualTo(403);
    assertThat(rest().get("referent", "/portefeuille/projets/" + portfolio.red).status()).isEqualTo(403);
    assertThat(rest().anonymous(HttpMethod.GET, "/api/projects").status()).isEqualTo(401);
    assertThat(rest().get("copil", "/portefeuille").status()).isEqualTo(200);
  }

  @Test
  void aTitleWithMarkupIsTextInThePages() {
    Response list = rest().get("copil", "/portefeuille?year=" + YEAR);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.text()).contains("Portail des aides &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;")
        .doesNotContain("<script>alert").doesNotContain("<b>gras</b>");
    assertThat(list.text()).contains("id=\"chart-stages\"", "id=\"chart-budget\"", "id=\"chart-durations\"",
        "id=\"chart-communes\"", "id=\"chart-health\"");

    Response page = rest().get("copil", "/portefeuille/projets/" + portfolio.red);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("&lt;script&gt;alert(").contains("Conforme &lt;i&gt;au besoin&lt;/i&gt;")
        .doesNotContain("<script>alert").doesNotContain("<i>au besoin</i>");
    assertThat(page.text()).as("codes shown in French").contains(">Standard<", ">Approuvé<")
        .doesNotContain(">STANDARD<", ">APPROVE<");
  }

  @Test
  void aProjectShowsWhoMayTakeItsOpenTask() {
    Response started = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, java.util.Map.of(
        LifecycleVariables.TITLE.name(), "Tâche ouverte", LifecycleVariables.OBJECTIVE.name(), "Voir qui la tient.", LifecycleVariables.DIRECTION.name(), "DSI",
        LifecycleVariables.TYPE.name(), "SI", LifecycleVariables.ESTIMATED_BUDGET.name(), 1_000_000, LifecycleVariables.COMMUNES.name(), java.util.List.of()));
    String code = started.body().get("businessKey").asText();

    JsonNode project = api("copil", "/api/projects/" + code);
    JsonNode task = project.at("/summary/openTasks/0");
    assertThat(task.get("name").asText()).isEqualTo("Analyser les besoins");
    assertThat(task.get("holder").asText()).isEqualTo("groupe Chefs de projet");
  }

  @Test
  void theOpenApiDocumentDescribesTheProjectsApi() {
    Response docs = rest().get("copil", "/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body().get("openapi").asText()).startsWith("3.");
    assertThat(docs.body().get("paths").has("/api/projects")).isTrue();
    assertThat(docs.body().get("paths").has("/api/projects/{code}")).isTrue();
    assertThat(docs.body().get("paths").has("/api/projects/summary")).isTrue();
    assertThat(docs.body().at("/components/schemas/ProjectSummary/properties").has("nextMilestone")).isTrue();
    assertThat(rest().anonymous(HttpMethod.GET, "/v3/api-docs").status()).isEqualTo(401);
  }

  private JsonNode api(String user, String path) {
    Response response = rest().get(user, path);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  private static List<String> codes(JsonNode page) {
    List<String> codes = new ArrayList<>();
    page.get("items").forEach(item -> codes.add(item.get("code").asText()));
    return codes;
  }

  private static long count(JsonNode counts, String key) {
    return find(counts, "key", key).get("count").asLong();
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (value.equals(node.get(field).asText())) {
        return node;
      }
    }
    throw new AssertionError("Pas de " + field + " = " + value + " dans " + array);
  }
}
