package nc.provincenord.pilotage.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import nc.provincenord.pilotage.BrowserSession;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The screenshots of {@code docs/modeler.md}, taken as the guide tells: a designer changes a threshold
 * of {@code project-governance} and deploys it through the REST API; Cockpit (1 366 px wide) shows the
 * lifecycle laid out in stages, its collapsed validation opened, and the new version of the decision.
 * The pictures land in {@code target/docs-images/}; copy them to {@code docs/images/} when they change.
 */
class ModelerGuideBrowserTest extends PilotageIntegrationTest {

  private static final Path IMAGES = Path.of("target", "docs-images");

  @Test
  void cockpitShowsTheLifecycleInStagesAndTheDesignersNewThreshold() throws Exception {
    String shipped = Files.readString(Path.of("processes/project-governance.dmn"));
    String lowered = shipped.replace("<text>&gt;= 50000000</text>", "<text>&gt;= 20000000</text>");
    Response deployed = rest().deploy("concepteur", "pilotage-guide", "pilotage",
        Map.of("processes/project-governance.dmn", lowered));
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
    String decision = deployed.body().get("deployedDecisionDefinitions").fieldNames().next();
    String lifecycle = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    try (BrowserSession admin = BrowserSession.open("http://localhost:" + port)) {
      admin.driver().manage().window().setSize(new Dimension(1366, 1000));
      admin.login("admin", DEMO_PASSWORD);

      admin.visit("/camunda/app/cockpit/default/#/process-definition/" + lifecycle + "/runtime");
      admin.visible(By.cssSelector("g[data-element-id='Task_AnalyseNeeds']"));
      admin.visible(By.cssSelector("g[data-element-id='SubProcess_Validation']"));
      assertThat(admin.driver().findElements(By.cssSelector("g[data-element-id='Task_ValidateSpecification']")))
          .as("the validation is collapsed in the main diagram").isEmpty();
      Thread.sleep(1000); // let the diagram finish its zoom animation before the picture
      shoot(admin, "cockpit-cycle-de-vie");

      admin.click(By.cssSelector(".djs-overlays[data-container-id='SubProcess_Validation'] .bjs-drilldown"));
      admin.visible(By.cssSelector("g[data-element-id='Task_ValidateSpecification']"));
      Thread.sleep(1000);
      shoot(admin, "cockpit-validation-ouverte");

      admin.visit("/camunda/app/cockpit/default/#/decision-definition/" + decision);
      admin.waitForText(By.tagName("body"), "20000000");
      shoot(admin, "cockpit-gouvernance-seuil-modifie");
    } finally {
      processEngine.getRepositoryService().deleteDeployment(deployed.body().get("id").asText(), true);
    }
  }

  private static void shoot(BrowserSession browser, String name) throws Exception {
    Files.createDirectories(IMAGES);
    File shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), IMAGES.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
