package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.ProjectHealth;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Budget;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectSummary;
import org.junit.jupiter.api.Test;

/**
 * The portfolio's CSV cells without the application. That {@code /portefeuille.csv} follows the page's
 * filters, sort and access rules is shown on the whole application by {@link PortfolioExportTest}.
 */
class PortfolioCsvTest {

  @Test
  void aTitleThatASpreadsheetWouldRunStaysText() {
    ProjectSummary project = new ProjectSummary("PRJ-1996-0042", "=HYPERLINK(\"http://x\")", "DSI", null, "ANALYSIS",
        "Analyse des besoins", null, null, new ProjectHealth(null, null, null, null),
        new Budget(1_000, null, null, 1_000, null), null, List.of());

    String csv = PortfolioCsv.of(List.of(project), new Formats(ZoneId.of("Pacific/Noumea")));

    assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://x\"\")\";");
  }
}
