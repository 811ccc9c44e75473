package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nc.provincenord.pilotage.WebSession;
import org.junit.jupiter.api.Test;

/**
 * {@code /portefeuille.csv}: the list of the page with its filters, French headers and labels; closed like the
 * page. A cell that a spreadsheet would run stays text: {@link PortfolioCsvTest}, without the application.
 */
class PortfolioExportTest extends SmallPortfolioTest {

  private static final int YEAR = 1996;

  PortfolioExportTest() {
    super(YEAR);
  }

  @Test
  void theCsvFollowsThePageFiltersAndSort() {
    WebSession copil = loggedIn("copil");
    HttpResponse<String> all = copil.get("/portefeuille.csv?year=" + YEAR + "&sort=code&desc=false");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(all.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "portefeuille-");
    String[] lines = all.body().replace("\uFEFF", "").split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(";", PortfolioCsv.HEADERS));
    assertThat(lines).hasSize(6);
    assertThat(lines[1]).startsWith(portfolio.red + ";").contains(";Réalisation;en cours;", ";rouge;", ";12000000;9000000;Fin prévue;31/10/" + YEAR);
    assertThat(lines[5]).startsWith(portfolio.closed + ";Ancien intranet;DSI;");

    HttpResponse<String> red = copil.get("/portefeuille.csv?year=" + YEAR + "&health=RED");
    assertThat(red.body().replace("\uFEFF", "").split("\r\n")).hasSize(2);
    assertThat(red.body()).contains(portfolio.red).doesNotContain(portfolio.green);
    // The page offers the export with its own filters.
    assertThat(copil.get("/portefeuille?year=" + YEAR + "&health=RED").body())
        .contains("href=\"/portefeuille.csv?health=RED&amp;year=" + YEAR + "&amp;");
  }

  @Test
  void whoMayNotSeeThePortfolioGetsNoCsv() {
    HttpResponse<String> refused = loggedIn("demandeur").get("/portefeuille.csv?year=" + YEAR);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain(portfolio.red);
    assertThat(loggedIn("moe").get("/portefeuille.csv").statusCode()).isEqualTo(403);
  }

  @Test
  void aStageOfHoursShowsItsMedianInHours() {
    // Only the project waiting in validation: its analysis lasted 4 hours.
    String page = loggedIn("copil").get("/portefeuille?year=" + YEAR + "&stage=VALIDATION").body();
    assertThat(page).contains("4,0 h (1 projet)").doesNotContain("0,2 j");
  }

  private WebSession loggedIn(String user) {
    WebSession session = new WebSession(port);
    session.login(user, DEMO_PASSWORD);
    return session;
  }
}
