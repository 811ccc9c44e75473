package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nc.provincenord.pilotage.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** In Debian's Chromium: the committee sees the portfolio's pictures and a project page; a requester is refused. */
class PortfolioBrowserTest extends SmallPortfolioTest {

  private static final int YEAR = 1997;

  PortfolioBrowserTest() {
    super(YEAR);
  }

  @Test
  void theCommitteeSeesTheChartsAndOpensAProject() throws Exception {
    try (BrowserSession copil = BrowserSession.open(baseUrl())) {
      try {
        copil.login("copil", DEMO_PASSWORD);
        copil.visit("/portefeuille?year=" + YEAR);
        copil.visible(By.xpath("//h1[normalize-space(.)='Portefeuille des projets']"));
        for (String chart : List.of("chart-stages", "chart-budget", "chart-durations", "chart-communes")) {
          WebElement figure = copil.visible(By.id(chart));
          assertThat(figure.findElements(By.cssSelector("svg rect"))).as(chart).isNotEmpty();
        }
        assertThat(copil.visible(By.id("chart-stages")).getText()).contains("Réalisation", "Validation");
        assertThat(copil.visible(By.id("chart-health")).getText()).contains("Globale");
        assertThat(copil.visible(By.id("chart-communes")).getText()).contains("Koné");
        // The title with a script shows as text and runs nothing.
        assertThat(copil.pageText()).contains(SmallPortfolio.XSS_TITLE).contains("5 projet(s) pour ces critères.");
        assertThatThrownBy(() -> copil.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        copil.screenshot("portfolio-page");

        copil.click(By.linkText(portfolio.red));
        copil.visible(By.id("project-title"));
        assertThat(copil.visible(By.id("project-title")).getText()).isEqualTo(SmallPortfolio.XSS_TITLE);
        assertThat(copil.visible(By.id("chart-timeline")).findElements(By.cssSelector("svg rect"))).hasSize(2);
        assertThat(copil.visible(By.id("chart-trend")).findElements(By.cssSelector("svg polyline"))).hasSize(2);
        assertThat(copil.pageText()).contains("Conforme <i>au besoin</i>", "Cahier des charges (version 1.0)", "Réalisation");
        assertThatThrownBy(() -> copil.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        copil.screenshot("portfolio-project-page");
      } catch (RuntimeException | AssertionError failure) {
        copil.screenshot("portfolio-failure");
        throw failure;
      }
    }
  }

  @Test
  void aRequesterIsRefused() throws Exception {
    try (BrowserSession requester = BrowserSession.open(baseUrl())) {
      requester.login("demandeur", DEMO_PASSWORD);
      requester.visit("/portefeuille");
      requester.waitForText(By.tagName("body"), "Accès refusé");
      assertThat(requester.pageText()).contains("Erreur 403").doesNotContain("Portefeuille des projets");
      // Her own project's page opens (the seeded projects are hers), without the budgets.
      requester.visit("/portefeuille/projets/" + portfolio.red);
      assertThat(requester.visible(By.id("project-title")).getText()).isEqualTo(SmallPortfolio.XSS_TITLE);
      assertThat(requester.pageText()).contains("Budget estimé").doesNotContain("Budget alloué", "Budget consommé");
    }
    // Someone who takes no part in the project: refused.
    try (BrowserSession stranger = BrowserSession.open(baseUrl())) {
      stranger.login("moe", DEMO_PASSWORD);
      stranger.visit("/portefeuille/projets/" + portfolio.red);
      stranger.waitForText(By.tagName("body"), "Erreur 403");
      assertThat(stranger.pageText()).contains("réservée au portefeuille et aux personnes du projet")
          .doesNotContain(SmallPortfolio.XSS_TITLE);
    }
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }
}
