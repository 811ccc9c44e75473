package nc.provincenord.pilotage.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.lifecycle.ProjectLifecycleRestWalk;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a designer does with Camunda Modeler, through the REST API as {@code concepteur}: download each
 * deployed model (Cockpit's « Download »), deploy it back unchanged with {@code deploy-changed-only}
 * (no new version), then change a threshold of {@code project-governance} (a new version decides the
 * next projects; a project already decided keeps its track).
 */
class ModelRoundTripTest extends PilotageIntegrationTest {

  private static final String STARTUP = "pilotage";

  private final List<String> deploymentsToRemove = new ArrayList<>();
  private final List<String> instancesToRemove = new ArrayList<>();

  @AfterEach
  void removeWhatTheDesignerDeployed() {
    instancesToRemove.forEach(id -> processEngine.getRuntimeService().deleteProcessInstanceIfExists(id, "test", true, true, true, true));
    deploymentsToRemove.forEach(id -> processEngine.getRepositoryService().deleteDeployment(id, true, true, true));
  }

  @Test
  void everyDeployedModelDownloadedAndRedeployedUnchangedMakesNoNewVersion() throws IOException {
    Map<String, String> downloaded = new LinkedHashMap<>();
    for (String key : shippedKeys(".bpmn")) {
      JsonNode definition = startupDefinition("process-definition", key);
      Response xml = rest().get("concepteur", "/engine-rest/process-definition/" + definition.get("id").asText() + "/xml");
      assertThat(xml.status()).as(xml.text()).isEqualTo(200);
      downloaded.put(definition.get("resource").asText(), xml.body().get("bpmn20Xml").asText());
    }
    for (String key : shippedKeys(".dmn")) {
      JsonNode definition = startupDefinition("decision-definition", key);
      Response xml = rest().get("concepteur", "/engine-rest/decision-definition/" + definition.get("id").asText() + "/xml");
      assertThat(xml.status()).as(xml.text()).isEqualTo(200);
      downloaded.put(definition.get("resource").asText(), xml.body().get("dmnXml").asText());
    }
    assertThat(downloaded).hasSizeGreaterThanOrEqualTo(9);
    long processVersions = processEngine.getRepositoryService().createProcessDefinitionQuery().count();
    long decisionVersions = processEngine.getRepositoryService().createDecisionDefinitionQuery().count();

    Response redeployed = rest().deploy("concepteur", STARTUP, STARTUP, downloaded);

    assertThat(redeployed.status()).as(redeployed.text()).isEqualTo(200);
    remember(redeployed);
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().count()).isEqualTo(processVersions);
    assertThat(processEngine.getRepositoryService().createDecisionDefinitionQuery().count()).isEqualTo(decisionVersions);
  }

  @Test
  void aChangedGovernanceThresholdIsANewVersionForTheNextProjectsOnly() {
    JsonNode shipped = startupDefinition("decision-definition", LifecycleVariables.GOVERNANCE_DECISION_KEY);
    String xml = rest().get("concepteur", "/engine-rest/decision-definition/" + shipped.get("id").asText() + "/xml")
        .body().get("dmnXml").asText();
    String before = startAndAnalyse("Annuaire des agents");
    HistoricDecisionInstance first = governanceOf(before);

    String lowered = xml.replace("<text>&gt;= 50000000</text>", "<text>&gt;= 20000000</text>");
    assertThat(lowered).isNotEqualTo(xml);
    Response deployed = rest().deploy("concepteur", STARTUP + "-gouvernance", STARTUP, Map.of("processes/project-governance.dmn", lowered));
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
    remember(deployed);
    String newVersion = deployed.body().get("deployedDecisionDefinitions").fieldNames().next();
    assertThat(processEngine.getRepositoryService().getDecisionDefinition(newVersion).getVersion())
        .isGreaterThan(shipped.get("version").asInt());

    String after = startAndAnalyse("Annuaire des agents, suite");
    HistoricDecisionInstance second = governanceOf(after);
    assertThat(second.getDecisionDefinitionId()).as("the designer's version decided").isEqualTo(newVersion);
    assertThat(second.getOutputs()).extracting(output -> output.getValue()).containsExactly("MAJOR");

    assertThat(first.getDecisionDefinitionId()).isEqualTo(shipped.get("id").asText());
    assertThat(first.getOutputs()).extracting(output -> output.getValue()).containsExactly("STANDARD");
    assertThat(governanceOf(before).getOutputs()).as("the running project keeps its track")
        .extracting(output -> output.getValue()).containsExactly("STANDARD");
    assertThat(rest().tasks("cdp", before)).extracting(task -> task.get("taskDefinitionKey").asText())
        .containsExactly("Task_WriteSpecification");
  }

  private String startAndAnalyse(String title) {
    String instance = new ProjectLifecycleRestWalk(rest(), null).requestAndQualify(title);
    instancesToRemove.add(instance);
    return instance;
  }

  private HistoricDecisionInstance governanceOf(String instance) {
    return processEngine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(instance)
        .decisionDefinitionKey(LifecycleVariables.GOVERNANCE_DECISION_KEY).includeOutputs().singleResult();
  }

  /** The latest version of a key that start-up deployed, as the designer lists it. */
  private JsonNode startupDefinition(String kind, String key) {
    Set<String> startupDeployments = processEngine.getRepositoryService().createDeploymentQuery().deploymentName(STARTUP)
        .list().stream().map(Deployment::getId).collect(Collectors.toSet());
    Response listed = rest().get("concepteur", "/engine-rest/" + kind + "?key=" + key + "&sortBy=version&sortOrder=desc");
    assertThat(listed.status()).as(listed.text()).isEqualTo(200);
    for (JsonNode definition : listed.body()) {
      if (startupDeployments.contains(definition.get("deploymentId").asText())) {
        return definition;
      }
    }
    throw new AssertionError("aucune version de " + key + " déployée au démarrage");
  }

  private static List<String> shippedKeys(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(suffix)).sorted()
          .map(name -> name.substring(0, name.length() - suffix.length())).toList();
    }
  }

  private void remember(Response deployed) {
    if (deployed.body() != null && deployed.body().hasNonNull("id")) {
      String id = deployed.body().get("id").asText();
      if (processEngine.getRepositoryService().createDeploymentQuery().deploymentId(id).deploymentName(STARTUP).count() == 0
          || !deployed.body().path("deployedDecisionDefinitions").isEmpty()
          || !deployed.body().path("deployedProcessDefinitions").isEmpty()) {
        deploymentsToRemove.add(id);
      }
    }
  }
}
