package nc.provincenord.pilotage.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import nc.provincenord.pilotage.BrowserSession;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Real Camunda Tasklist in Debian's Chromium: a requester submits a watch item in
 * French and is told in French when a value is refused; a project manager finds
 * the task in "Tâches de mes équipes", claims it and completes it.
 */
class TasklistBrowserTest extends PilotageIntegrationTest {

  private static final String TITLE = "Réseau LoRa pour les compteurs d'eau";

  @Test
  void aRequesterSubmitsAWatchItemAndAProjectManagerEvaluatesIt() throws Exception {
    try (BrowserSession requester = BrowserSession.open(baseUrl())) {
      try {
        requester.login("demandeur", DEMO_PASSWORD);
        requester.visit("/camunda/app/tasklist/default/");
        requester.click(By.partialLinkText("Démarrer un processus"));
        requester.click(By.partialLinkText("Veille technologique"));

        requester.field("Titre").sendKeys(TITLE);
        requester.field("Résumé").sendKeys("Capteurs basse consommation sur les réseaux d'eau communaux.");
        requester.field("Lien vers la source").sendKeys("https://exemple nc/lora");
        requester.choose("Télécommunications");
        requester.field("Intérêt pour la Province").sendKeys("Relever les compteurs des tribus sans déplacement.");
        submitStartForm(requester);

        requester.waitForText(By.tagName("body"), "Le champ « Lien vers la source » doit être une adresse web");
        requester.screenshot("tasklist-start-form-refused");

        WebElement link = requester.field("Lien vers la source");
        link.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        link.sendKeys("https://exemple.nc/lora");
        submitStartForm(requester);
        requester.waitForText(By.tagName("body"), "Le processus a été démarré.");
      } catch (RuntimeException | AssertionError failure) {
        requester.screenshot("tasklist-requester-failure");
        throw failure;
      }
    }
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(WatchVariables.PROCESS_KEY)
        .variableValueEquals(WatchVariables.TITLE.name(), TITLE).count()).isEqualTo(1);

    try (BrowserSession projectManager = BrowserSession.open(baseUrl())) {
      try {
        projectManager.login("cdp", DEMO_PASSWORD);
        projectManager.visit("/camunda/app/tasklist/default/");
        projectManager.click(By.partialLinkText(TasklistFilters.MY_TEAMS_TASKS));
        projectManager.click(By.partialLinkText("Évaluer l'élément de veille"));
        projectManager.click(By.xpath("//button[contains(normalize-space(.), 'Prendre en charge')]"));
        projectManager.choose("Archiver");
        projectManager.click(By.xpath("//button[normalize-space(.)='Terminer']"));
        projectManager.waitUntil(() -> finishedWatchItems() == 1);
        projectManager.screenshot("tasklist-task-completed");

        projectManager.click(By.partialLinkText("Jean-Pierre Goa"));
        projectManager.click(By.cssSelector("li.logout a"));
        projectManager.waitForText(By.tagName("body"), "Vous êtes déconnecté.");
        projectManager.visit("/camunda/app/tasklist/default/");
        projectManager.waitForText(By.tagName("body"), "Se connecter");
      } catch (RuntimeException | AssertionError failure) {
        projectManager.screenshot("tasklist-project-manager-failure");
        throw failure;
      }
    }
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(WatchVariables.PROCESS_KEY)
        .variableValueEquals(WatchVariables.TITLE.name(), TITLE).finished().singleResult().getEndActivityId())
        .isEqualTo("Event_WatchItemArchived");
  }

  @Test
  void aRequesterAsksForAProjectAndTheProjectManagerSeesItWithItsNumber() throws Exception {
    String title = "Borne d'accueil numérique " + java.util.UUID.randomUUID().toString().substring(0, 8);
    try (BrowserSession requester = BrowserSession.open(baseUrl())) {
      try {
        requester.login("demandeur", DEMO_PASSWORD);
        requester.visit("/camunda/app/tasklist/default/");
        requester.click(By.partialLinkText("Démarrer un processus"));
        requester.click(By.partialLinkText("Cycle de vie"));
        requester.field("Intitulé du projet").sendKeys(title);
        requester.field("Objectif").sendKeys("Accueillir le public dans les mairies annexes.");
        requester.choose("DDEE");
        requester.choose("Système d'information");
        requester.field("Budget estimé").sendKeys("3500000");
        requester.choose("Koné");
        requester.choose("Voh");
        submitStartForm(requester);
        requester.waitForText(By.tagName("body"), "Le processus a été démarré.");
      } catch (RuntimeException | AssertionError failure) {
        requester.screenshot("tasklist-project-request-failure");
        throw failure;
      }
    }
    String businessKey = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_KEY).variableValueEquals(LifecycleVariables.TITLE.name(), title).singleResult().getBusinessKey();

    try (BrowserSession projectManager = BrowserSession.open(baseUrl())) {
      try {
        projectManager.login("cdp", DEMO_PASSWORD);
        projectManager.visit("/camunda/app/tasklist/default/");
        projectManager.click(By.partialLinkText(TasklistFilters.RUNNING_PROJECTS));
        projectManager.waitForText(By.tagName("body"), businessKey);
        projectManager.click(By.xpath("//li[contains(., '" + businessKey + "')]//a[contains(normalize-space(.), 'Analyser les besoins')]"));
        assertThat(projectManager.field("Numéro du projet").getAttribute("value")).isEqualTo(businessKey);
        assertThat(projectManager.field("Demandeur").getAttribute("value")).isEqualTo("demandeur");
        assertThat(projectManager.field("Étape en cours").getAttribute("value")).isEqualTo("Analyse des besoins");
        projectManager.screenshot("tasklist-project-task");
      } catch (RuntimeException | AssertionError failure) {
        projectManager.screenshot("tasklist-project-manager-project-failure");
        throw failure;
      }
    }
  }

  private long finishedWatchItems() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(WatchVariables.PROCESS_KEY)
        .variableValueEquals(WatchVariables.TITLE.name(), TITLE).finished().count();
  }

  private static void submitStartForm(BrowserSession browser) {
    browser.click(By.xpath("//div[contains(@class,'modal')]//button[contains(normalize-space(.), 'Démarrer')]"));
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }
}
