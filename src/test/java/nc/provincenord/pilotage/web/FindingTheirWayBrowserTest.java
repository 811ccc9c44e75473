package nc.provincenord.pilotage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.BrowserSession;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * In Debian's Chromium, as a new user would: form-js speaks French in Tasklist, the welcome page
 * leads to Pilotage's pages by role, and the pages of the communes are usable on a 390 px phone.
 */
class FindingTheirWayBrowserTest extends PilotageIntegrationTest {

  @Test
  void formJsMessagesAreFrenchWithTheirNumbers() throws Exception {
    try (BrowserSession requester = BrowserSession.open(baseUrl())) {
      try {
        requester.login("demandeur", DEMO_PASSWORD);
        requester.visit("/camunda/app/tasklist/default/");
        requester.click(By.partialLinkText("Démarrer un processus"));
        requester.click(By.partialLinkText("Veille technologique"));
        requester.field("Titre");
        submitStartForm(requester);
        requester.waitForText(By.cssSelector(".fjs-container"), "Ce champ est obligatoire.");
        assertThat(formText(requester)).doesNotContain("Field is required", "Field must");
        requester.screenshot("formjs-empty-form-french");

        requester.field("Titre").sendKeys("T".repeat(151));
        // Tasklist keeps « Démarrer » disabled while the form is invalid: form-js validates as one types.
        requester.field("Lien vers la source").sendKeys("exemple.nc");
        requester.field("Résumé").click();
        requester.waitForText(By.cssSelector(".fjs-container"), "Ce champ accepte au plus 150 caractères.");
        requester.waitForText(By.cssSelector(".fjs-container"), "La valeur ne respecte pas le format attendu (^https?://.+).");
        assertThat(formText(requester)).doesNotContain("Field must have maximum length", "Field must match pattern");
        requester.screenshot("formjs-too-long-french");
      } catch (RuntimeException | AssertionError failure) {
        requester.screenshot("formjs-french-failure");
        throw failure;
      }
    }
    try (BrowserSession projectManager = BrowserSession.open(baseUrl())) {
      try {
        projectManager.login("cdp", DEMO_PASSWORD);
        projectManager.visit("/camunda/app/tasklist/default/");
        projectManager.click(By.partialLinkText("Démarrer un processus"));
        projectManager.click(By.partialLinkText("Réunion du réseau de référents"));
        projectManager.waitForText(By.cssSelector(".fjs-select-display"), "Sélectionner");
        assertThat(formText(projectManager)).doesNotContain("Select\n");
      } catch (RuntimeException | AssertionError failure) {
        projectManager.screenshot("formjs-select-failure");
        throw failure;
      }
    }
  }

  @Test
  void theWelcomePageLeadsToPilotageByRole() throws Exception {
    try (BrowserSession copil = BrowserSession.open(baseUrl())) {
      try {
        copil.login("copil", DEMO_PASSWORD);
        WebElement pilotage = copil.visible(By.id("pilotage-pages"));
        assertThat(pilotage.getText()).contains("Mes demandes", "Portefeuille", "Préférences de courriel")
            .doesNotContain("Boîte d'envoi", "Astreinte");
        assertThat(copil.driver().findElements(By.xpath("//a[normalize-space(.)='Guide de Pilotage']")))
            .as("the guide, once, in place of Camunda's documentation").hasSize(1);
        assertThat(copil.pageText()).doesNotContain("Camunda webapps user documentation");
        assertThat(copil.driver().findElements(By.cssSelector("a[href*='docs.camunda.org']"))).isEmpty();
        copil.screenshot("welcome-pilotage-copil");
        copil.click(By.xpath("//section[@id='pilotage-pages']//a[contains(., 'Portefeuille')]"));
        copil.visible(By.xpath("//h1[normalize-space(.)='Portefeuille des projets']"));
        // One header on Pilotage's pages: the user, back to Tasklist and home, logout.
        assertThat(copil.visible(By.cssSelector("header.pilotage-bar")).getText())
            .contains("Pilotage", "Hélène Tein", "Tasklist", "Accueil", "Déconnexion");
        copil.click(By.xpath("//header//a[normalize-space(.)='Guide de Pilotage']"));
        copil.visible(By.xpath("//h1[normalize-space(.)='Guide de Pilotage']"));
        copil.click(By.xpath("//header//button[normalize-space(.)='Déconnexion']"));
        copil.waitForText(By.tagName("body"), "Vous êtes déconnecté.");
      } catch (RuntimeException | AssertionError failure) {
        copil.screenshot("welcome-copil-failure");
        throw failure;
      }
    }
    try (BrowserSession admin = BrowserSession.open(baseUrl())) {
      admin.login("admin", DEMO_PASSWORD);
      assertThat(admin.visible(By.id("pilotage-pages")).getText()).contains("Boîte d'envoi", "Astreinte", "Portefeuille");
    }
    try (BrowserSession requester = BrowserSession.open(baseUrl())) {
      requester.login("demandeur", DEMO_PASSWORD);
      assertThat(requester.visible(By.id("pilotage-pages")).getText()).contains("Mes demandes")
          .doesNotContain("Portefeuille", "Boîte d'envoi");
    }
  }

  @Test
  void myRequestsTheProjectPageAndTheRosterFitAPhone() throws Exception {
    Response started = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(
        LifecycleVariables.TITLE.name(), "Accueil numérique à Poum", LifecycleVariables.OBJECTIVE.name(), "Un point d'accès aux services en ligne à la mairie.",
        LifecycleVariables.DIRECTION.name(), "DDEE", LifecycleVariables.TYPE.name(), "SI", LifecycleVariables.ESTIMATED_BUDGET.name(), 1_800_000,
        LifecycleVariables.COMMUNES.name(), List.of("98826"), LifecycleVariables.DESIRED_DATE.name(), LocalDate.now().plusMonths(6).toString()));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String code = started.body().get("businessKey").asText();
    try (BrowserSession requester = BrowserSession.open(baseUrl());
         BrowserSession agent = BrowserSession.open(baseUrl())) {
      try {
        requester.login("demandeur", DEMO_PASSWORD);
        phone(requester);
        requester.visit("/mes-demandes");
        WebElement card = requester.visible(By.id("projet-" + code));
        assertThat(card.getText()).contains("Accueil numérique à Poum", "Analyse des besoins", "groupe Chefs de projet");
        fitsThePhone(requester);
        requester.screenshot("phone-mes-demandes");

        requester.click(By.linkText(code));
        requester.visible(By.id("project-title"));
        fitsThePhone(requester);
        requester.screenshot("phone-project-page");

        agent.login("astreinte", DEMO_PASSWORD);
        phone(agent);
        agent.visit("/astreinte");
        agent.visible(By.id("mon-calendrier"));
        assertThat(agent.pageText()).contains("semaine en cours", "Couverte");
        fitsThePhone(agent);
        agent.screenshot("phone-astreinte");
      } catch (RuntimeException | AssertionError failure) {
        requester.screenshot("phone-requester-failure");
        agent.screenshot("phone-agent-failure");
        throw failure;
      }
    } finally {
      processEngine.getRuntimeService().deleteProcessInstance(started.body().get("id").asText(), "test");
    }
  }

  /** An iPhone-sized window (390 × 844 CSS pixels). */
  private static void phone(BrowserSession browser) {
    browser.driver().manage().window().setSize(new Dimension(390, 844));
  }

  /** Nothing wider than the screen: no sideways scrolling of the page. */
  private static void fitsThePhone(BrowserSession browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
    long content = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
    assertThat(viewport).isLessThanOrEqualTo(390);
    assertThat(content).as("largeur du contenu sur un écran de " + viewport + " px").isLessThanOrEqualTo(viewport);
  }

  private static String formText(BrowserSession browser) {
    return browser.driver().findElement(By.cssSelector(".fjs-container")).getText();
  }

  private static void submitStartForm(BrowserSession browser) {
    browser.click(By.xpath("//div[contains(@class,'modal')]//button[contains(normalize-space(.), 'Démarrer')]"));
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }
}
