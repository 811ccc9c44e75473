package nc.provincenord.pilotage.portfolio;

import static nc.provincenord.pilotage.portfolio.PortfolioSeed.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nc.provincenord.pilotage.BrowserSession;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Roadmap, workload and risk map pages on projects of 1993 (codes PRJ-1993-…) and their milestones,
 * allocations and risks written in the steering tables: what the pictures show, filters, rights, bad values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SteeringPagesTest extends PilotageIntegrationTest {

  private static final int YEAR = 1993;
  private static final String RUNNING = "PRJ-1993-0001";
  private static final String HEALTH = "PRJ-1993-0002";
  private static final String CLOSED = "PRJ-1993-0003";

  @Autowired
  private JdbcClient jdbc;

  @BeforeAll
  void seed() {
    cleanUp();
    PortfolioSeed projects = new PortfolioSeed(jdbc);
    projects.project(RUNNING, "Portail <b>usagers</b>").direction("DSI").stage("REALISATION").created(at(YEAR, 1, 5, 9)).insert();
    projects.project(HEALTH, "Dossier médical").direction("DASSPS").stage("PLANNING").created(at(YEAR, 1, 6, 9)).insert();
    projects.project(CLOSED, "Ancien extranet").direction("DSI").stage("CLOSURE").closed(at(YEAR, 2, 1, 9))
        .created(at(YEAR, 1, 2, 9)).insert();
    SteeringSeed steering = new SteeringSeed(jdbc);
    steering.milestone(RUNNING, 1, "Recette", LocalDate.of(YEAR, 3, 15), LocalDate.of(YEAR, 4, 20), null);
    steering.milestone(RUNNING, 2, "Mise en service", LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 6, 25));
    steering.milestone(HEALTH, 1, "Lancement", LocalDate.of(YEAR, 2, 1), null, null);
    steering.milestone(CLOSED, 1, "Ancien jalon", LocalDate.of(YEAR, 1, 20), null, LocalDate.of(YEAR, 1, 20));

    steering.member(RUNNING, "cdp", "Chef de projet", 60, month(3), month(4));
    steering.member(HEALTH, "cdp", "Chef de projet", 50, month(3));
    steering.member(RUNNING, "moa", "Référente métier", 100, month(3));
    steering.member(CLOSED, "cdp", "Chef de projet", 80, month(5));

    steering.risk(RUNNING, "Retard du prestataire <i>X</i>", 3, 4, "OPEN", at(YEAR, 3, 1, 9));
    steering.risk(RUNNING, "Risque atténué", 4, 4, "MITIGATED", at(YEAR, 3, 1, 9));
    steering.risk(HEALTH, "Dépassement du budget", 3, 4, "OPEN", at(YEAR, 3, 2, 9));
    steering.risk(HEALTH, "Indisponibilité des référents", 1, 2, "OPEN", at(YEAR, 3, 3, 9));
    steering.risk(CLOSED, "Risque d'un projet clos", 4, 4, "OPEN", at(YEAR, 1, 3, 9));
  }

  @AfterAll
  void cleanUp() {
    new SteeringSeed(jdbc).deleteYear(YEAR);
    new PortfolioSeed(jdbc).deleteYear(YEAR);
  }

  @Test
  void theRoadmapShowsPlannedForecastAndActualDatesOfTheProjectsInProgress() {
    String page = page("copil", "/portefeuille/feuille-de-route?year=" + YEAR);
    assertThat(page).contains("id=\"chart-roadmap\"", "role=\"img\"", "<title id=\"roadmap-title\">", "<desc id=\"roadmap-desc\">")
        .contains("<title>" + RUNNING + " — Recette : prévu le 15/03/1993</title>")
        .contains("<title>" + RUNNING + " — Recette : prévision 20/04/1993 (36 j de retard sur le prévu)</title>")
        .contains("<title>" + RUNNING + " — Mise en service : atteint le 25/06/1993</title>")
        .contains("<title>" + HEALTH + " — Lancement : prévu le 01/02/1993</title>")
        .contains("href=\"/portefeuille/projets/" + RUNNING + "\"")
        .contains("Portail &lt;b&gt;usagers&lt;/b&gt;").doesNotContain("<b>usagers</b>")
        .as("a closed project is not on the roadmap of projects in progress").doesNotContain(CLOSED);
    Matcher planned = Pattern.compile("class=\"mark-planned\" d=\"M(\\d+) [^\"]*\"><title>" + RUNNING + " — Recette").matcher(page);
    Matcher forecast = Pattern.compile("class=\"mark-forecast\" r=\"5\" cx=\"(\\d+)\"[^>]*><title>" + RUNNING + " — Recette").matcher(page);
    assertThat(planned.find()).isTrue();
    assertThat(forecast.find()).isTrue();
    assertThat(Integer.parseInt(forecast.group(1))).as("the forecast is drawn after the plan")
        .isGreaterThan(Integer.parseInt(planned.group(1)));
    assertThat(page).as("the same dates in the table").contains("20/04/1993", "36 j");
  }

  @Test
  void theRoadmapIsFilteredLikeTheList() {
    String health = page("copil", "/portefeuille/feuille-de-route?year=" + YEAR + "&direction=DASSPS");
    assertThat(health).contains(HEALTH + " — Lancement").doesNotContain(RUNNING);
    String all = page("cdp", "/portefeuille/feuille-de-route?year=" + YEAR + "&status=");
    assertThat(all).contains(CLOSED + " — Ancien jalon : atteint le 20/01/1993");
    String stage = page("admin", "/portefeuille/feuille-de-route?year=" + YEAR + "&stage=REALISATION");
    assertThat(stage).contains(RUNNING).doesNotContain(HEALTH);
    String paged = page("copil", "/portefeuille/feuille-de-route?year=" + YEAR + "&sort=code&desc=false&size=1&page=1");
    assertThat(paged).contains(HEALTH + " — Lancement").doesNotContain(RUNNING + " — Recette").contains("Page 2 sur 2");
  }

  @Test
  void theWorkloadSumsEachPersonsMonthsAndMarksOverAllocation() {
    String page = page("copil", "/portefeuille/charge?year=" + YEAR + "&debut=1993-01&mois=12");
    assertThat(page).contains("id=\"chart-workload\"", "role=\"img\"")
        .contains("<title>Jean-Pierre Goa, mars 1993 : 110 % sur 2 projet(s) — surcharge (plus de 100 %)</title>")
        .contains(">⚠ 110 %<")
        .contains("<title>Jean-Pierre Goa, avr. 1993 : 60 % sur 1 projet(s)</title>")
        .contains("<title>Sylvie Naouna, mars 1993 : 100 % sur 1 projet(s)</title>")
        .as("the closed project's allocation is not counted").contains("<title>Jean-Pierre Goa, mai 1993 : 0 % sur 0 projet(s)</title>")
        .contains("surcharge</strong>");
    assertThat(page).doesNotContain("<title>Sylvie Naouna, mars 1993 : 100 % sur 1 projet(s) — surcharge");

    String over = page("copil", "/portefeuille/charge?year=" + YEAR + "&debut=1993-01&mois=12&surcharge=true");
    assertThat(over).contains("Jean-Pierre Goa").doesNotContain("Sylvie Naouna");
    String later = page("copil", "/portefeuille/charge?year=" + YEAR + "&debut=1993-04&mois=2");
    assertThat(later).contains("avr. 1993 : 60 %").doesNotContain("mars 1993");
    assertThat(later).doesNotContain("Sylvie Naouna");
  }

  @Test
  void theRiskMapCountsOpenRisksPerCellAndLinksEachToItsProject() {
    String page = page("copil", "/portefeuille/risques?year=" + YEAR);
    assertThat(page).contains("id=\"chart-risks\"", "role=\"img\"")
        .contains("<title>2 risque(s) ouvert(s) de probabilité 3 et d&#39;impact 4 (score 12)</title>")
        .contains("<title>1 risque(s) ouvert(s) de probabilité 1 et d&#39;impact 2 (score 2)</title>")
        .as("mitigated risks and closed projects are left out")
        .contains("<title>0 risque(s) ouvert(s) de probabilité 4 et d&#39;impact 4 (score 16)</title>")
        .contains("Retard du prestataire &lt;i&gt;X&lt;/i&gt;").doesNotContain("Risque atténué").doesNotContain("projet clos")
        .contains("href=\"/portefeuille/projets/" + HEALTH + "\"");
    assertThat(cellCount(page, 3, 4)).isEqualTo(2);
    assertThat(cellCount(page, 4, 4)).isZero();

    String cell = page("copil", "/portefeuille/risques?year=" + YEAR + "&probabilite=1&impact=2");
    assertThat(cell).contains("Indisponibilité des référents").doesNotContain("Dépassement du budget")
        .contains("Risques ouverts de probabilité 1 et d&#39;impact 2");
  }

  @Test
  void theCommitteeReadsThePicturesInTheBrowser() throws Exception {
    try (BrowserSession copil = BrowserSession.open("http://localhost:" + port)) {
      try {
        copil.login("copil", DEMO_PASSWORD);
        copil.visit("/portefeuille/feuille-de-route?year=" + YEAR);
        WebElement roadmap = copil.visible(By.id("chart-roadmap"));
        assertThat(roadmap.findElements(By.cssSelector("svg .mark-planned"))).hasSize(3);
        assertThat(roadmap.findElements(By.cssSelector("svg .mark-forecast"))).hasSize(1);
        assertThat(roadmap.findElements(By.cssSelector("svg .mark-actual"))).hasSize(1);
        copil.screenshot("steering-roadmap");
        copil.click(By.cssSelector("#chart-roadmap svg a[href$='" + RUNNING + "']"));
        assertThat(copil.visible(By.id("project-title")).getText()).isEqualTo("Portail <b>usagers</b>");

        copil.visit("/portefeuille/charge?year=" + YEAR + "&debut=1993-01&mois=6");
        WebElement workload = copil.visible(By.id("chart-workload"));
        assertThat(workload.findElements(By.cssSelector("svg rect.load-over"))).hasSize(1);
        assertThat(workload.findElements(By.cssSelector("svg text.over"))).hasSize(1);
        assertThat(copil.pageText()).contains("Jean-Pierre Goa", "110 %", "surcharge", "Sylvie Naouna");
        copil.screenshot("steering-workload");

        copil.visit("/portefeuille/risques?year=" + YEAR);
        copil.click(By.cssSelector("#chart-risks svg a[data-probability='3'][data-impact='4']"));
        copil.waitForText(By.id("liste-risques"), "probabilité 3 et d'impact 4");
        assertThat(copil.driver().findElements(By.cssSelector("tr.risk-row"))).hasSize(2);
        copil.screenshot("steering-risks");
      } catch (RuntimeException | AssertionError failure) {
        copil.screenshot("steering-failure");
        throw failure;
      }
    }
  }

  @Test
  void onlyPortfolioReadersSeeThePages() throws Exception {
    for (String path : new String[] {"/portefeuille/feuille-de-route", "/portefeuille/charge", "/portefeuille/risques"}) {
      assertThat(rest().get("demandeur", path).status()).as(path).isEqualTo(403);
      HttpResponse<String> anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
          .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
      assertThat(anonymous.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
    }
    assertThat(page("copil", "/portefeuille")).contains("href=\"/portefeuille/feuille-de-route\"", "href=\"/portefeuille/charge\"",
        "href=\"/portefeuille/risques\"");
  }

  /** Through the whole application, as the committee: each parameter's refusal is tested by SteeringPageParametersTest. */
  @Test
  void badParametersAreRefusedInFrench() {
    assertBadRequest("/portefeuille/risques?probabilite=5&impact=1", "La probabilité va de 1 à 4 : 5 n'est pas valable.");
    assertBadRequest("/portefeuille/feuille-de-route?year=abc", "La valeur « abc » n'est pas valable pour le paramètre « year ».");
  }

  private void assertBadRequest(String path, String message) {
    Response response = rest().get("copil", path);
    assertThat(response.status()).as(path).isEqualTo(400);
    assertThat(response.text()).as(path).isEqualTo(message);
  }

  private String page(String user, String path) {
    Response response = rest().get(user, path);
    assertThat(response.status()).as(path + " : " + response.text()).isEqualTo(200);
    return response.text();
  }

  private static long cellCount(String page, int probability, int impact) {
    Matcher cell = Pattern.compile("data-probability=\"" + probability + "\" data-impact=\"" + impact
        + "\">\\s*<rect[^>]*><title>[^<]*</title></rect>\\s*<text class=\"count\"[^>]*>(\\d+)</text>").matcher(page);
    assertThat(cell.find()).as("cell " + probability + " × " + impact).isTrue();
    return Long.parseLong(cell.group(1));
  }

  private static LocalDate month(int month) {
    return LocalDate.of(YEAR, month, 1);
  }
}
