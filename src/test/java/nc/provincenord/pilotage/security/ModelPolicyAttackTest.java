package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.lifecycle.ProjectLifecycleRestWalk;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A designer (or an administrator) deploys through {@code POST /engine-rest/deployment/create}, as
 * Camunda Modeler does, a model that would run code: each is refused with a 400 naming the element in
 * French, and nothing happened: no deployment, no definition version, no timer job, no membership of
 * {@code concepteur} in {@code camunda-admin}, no file. Then what designers do every day still works. Each
 * forbidden construct (JavaScript script task, script listener, reflection from a literal, shell task...) is
 * named by the policy on its own in {@link ModelPolicyTest}; here one of each door: a script task and a timer
 * for a designer, a foreign class for an administrator, the Java API, a shipped model, a decision.
 */
class ModelPolicyAttackTest extends PilotageIntegrationTest {

  private final Path marker = Path.of(System.getProperty("java.io.tmpdir"), "pilotage-policy-" + UUID.randomUUID());
  private final List<String> deploymentsToRemove = new java.util.ArrayList<>();
  private final List<String> instancesToRemove = new java.util.ArrayList<>();

  @AfterEach
  void removeWhatTheDesignersDeployed() throws IOException {
    instancesToRemove.forEach(id -> processEngine.getRuntimeService().deleteProcessInstanceIfExists(id, "test", true, true, true, true));
    deploymentsToRemove.forEach(id -> processEngine.getRepositoryService().deleteDeployment(id, true, true, true));
    Files.deleteIfExists(marker);
  }

  @Test
  void aJuelScriptTaskIsRefused() {
    assertRefused("concepteur", "pwn-juel", process("pwn-juel", """
        <scriptTask id="Task_Pwn" scriptFormat="juel">
          <script>${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch %s')}</script>
        </scriptTask>""".formatted(marker)), "Task_Pwn", "tâche de script interdite");
  }

  @Test
  void engineServicesBehindATimerInThePastAreRefused() {
    String model = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="http://pilotage.test">
          <process id="pwn-timer" isExecutable="true" camunda:historyTimeToLive="P30D">
            <startEvent id="Event_Past"><timerEventDefinition><timeDate xsi:type="tFormalExpression">2020-01-01T00:00:00</timeDate></timerEventDefinition></startEvent>
            <sequenceFlow id="Flow_1" sourceRef="Event_Past" targetRef="Task_Pwn" />
            <serviceTask id="Task_Pwn" camunda:expression="${execution.getProcessEngineServices().getIdentityService().createMembership('concepteur', 'camunda-admin')}" />
            <sequenceFlow id="Flow_2" sourceRef="Task_Pwn" targetRef="Event_End" />
            <endEvent id="Event_End" />
          </process>
        </definitions>
        """;
    assertRefused("concepteur", "pwn-timer", model, "Task_Pwn", "getProcessEngineServices");
  }

  @Test
  void aForeignClassIsRefusedEvenToAnAdministrator() {
    assertRefused("admin", "pwn-builder", process("pwn-builder", """
        <serviceTask id="Task_Pwn" camunda:class="java.lang.ProcessBuilder" />"""), "Task_Pwn", "java.lang.ProcessBuilder");
  }

  /** Start-up's ModelDeployment deploys through the Java API: the same deployer chain, the policy first. */
  @Test
  void theJavaApiThatStartUpUsesGoesThroughThePolicyToo() {
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getDeployers().get(0)).isInstanceOf(ModelPolicyPlugin.PolicyDeployer.class);
    long deploymentsBefore = processEngine.getRepositoryService().createDeploymentQuery().count();

    Throwable refused = catchThrowable(() -> processEngine.getRepositoryService().createDeployment().name("pilotage")
        .addString("processes/pwn-api.bpmn", process("pwn-api", "<serviceTask id=\"Task_Pwn\" camunda:class=\"java.lang.Runtime\" />"))
        .deploy());

    assertThat(refused).isInstanceOf(org.camunda.bpm.engine.ParseException.class).hasMessageContaining("Élément « Task_Pwn »");
    assertThat(processEngine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
  }

  @Test
  void technologyWatchRedeployedWithSuchATaskIsRefusedAndTheShippedVersionStays() throws IOException {
    String shipped = Files.readString(Path.of("processes/technology-watch.bpmn"));
    String latestBefore = latestDefinitionId(WatchVariables.PROCESS_KEY);
    String forged = shipped.replace("camunda:delegateExpression=\"${recordWatchItemDelegate}\"",
        "camunda:expression=\"${execution.getProcessEngineServices().getIdentityService().createMembership('concepteur', 'camunda-admin')}\"");
    assertThat(forged).isNotEqualTo(shipped);

    assertRefused("concepteur", "veille", forged, "Task_RecordWatchItem", "getProcessEngineServices");
    assertThat(latestDefinitionId(WatchVariables.PROCESS_KEY)).isEqualTo(latestBefore);
  }

  @Test
  void aDecisionInJavascriptIsRefused() {
    assertRefused("concepteur", "pwn-dmn", "pwn.dmn", decision("pwn-dmn", """
        <decisionTable id="Table_Pwn">
          <input id="Input_Pwn"><inputExpression id="InputExpression_Pwn" typeRef="string" expressionLanguage="javascript">
            <text>java.nio.file.Files.createFile(java.nio.file.Path.of('%s'))</text></inputExpression></input>
          <output id="Output_Pwn" name="out" typeRef="string" />
          <rule id="Rule_Pwn"><inputEntry id="Entry_Pwn"><text></text></inputEntry><outputEntry id="Out_Pwn"><text>"x"</text></outputEntry></rule>
        </decisionTable>""".formatted(marker)), "InputExpression_Pwn", "javascript", "pwn-dmn");
  }

  /** FEEL may stay open to designers: feel-scala runs with external (Java) functions disabled. */
  @Test
  void aFeelExternalJavaFunctionDoesNotRun() {
    String property = "pilotage.feel.external." + UUID.randomUUID().toString().replace("-", "");
    Response deployed = rest().deploy("concepteur", "feel-external", "feel-external.dmn", decision("feel-external", """
        <variable id="Variable_External" name="result" />
        <literalExpression id="Literal_External">
          <text>{ f: function(k, v) external { java: { class: "java.lang.System",
                   method signature: "setProperty(java.lang.String, java.lang.String)" } },
                  r: f("%s", "ran") }.r</text>
        </literalExpression>""".formatted(property)));
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
    deploymentsToRemove.add(deployed.body().get("id").asText());

    Throwable evaluation = catchThrowable(() -> processEngine.getDecisionService()
        .evaluateDecisionByKey("feel-external").variables(Map.of()).evaluate());

    assertThat(System.getProperty(property)).as("the Java method never ran").isNull();
    assertThat(evaluation).as("feel-scala refuses the external function").isNotNull()
        .hasStackTraceContaining("External functions are disabled");
  }

  @Test
  void everyShippedModelAndFormRedeployedUnchangedByADesignerIsAccepted() throws IOException {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "concepteur-tout");
    parts.add("deploy-changed-only", "true");
    int processes = 0;
    int decisions = 0;
    for (String folder : List.of("processes", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = folder + "/" + file.getFileName();
          processes += name.endsWith(".bpmn") ? 1 : 0;
          decisions += name.endsWith(".dmn") ? 1 : 0;
          byte[] bytes = Files.readAllBytes(file);
          parts.add(name, new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
              return name;
            }
          });
        }
      }
    }

    Response deployed = RestClient.create().post().uri("http://localhost:" + port + "/engine-rest/deployment/create")
        .headers(headers -> {
          headers.setBasicAuth("concepteur", DEMO_PASSWORD);
          headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        })
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .exchange((request, response) -> new Response(response.getStatusCode().value(),
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody()), "", new HttpHeaders()));

    assertThat(deployed.status()).as(String.valueOf(deployed.body())).isEqualTo(200);
    deploymentsToRemove.add(deployed.body().get("id").asText());
    assertThat(deployed.body().get("deployedProcessDefinitions").size()).isGreaterThanOrEqualTo(processes);
    assertThat(deployed.body().get("deployedDecisionDefinitions").size()).isEqualTo(decisions);
  }

  @Test
  void aGovernanceThresholdChangedAsInModelerTakesEffectOnTheNextProject() throws IOException {
    String shipped = Files.readString(Path.of("processes/project-governance.dmn"));
    String lowered = shipped.replace("<text>&gt;= 50000000</text>", "<text>&gt;= 20000000</text>");
    assertThat(lowered).isNotEqualTo(shipped);

    Response deployed = rest().deploy("concepteur", "gouvernance", "project-governance.dmn", lowered);
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
    deploymentsToRemove.add(deployed.body().get("id").asText());
    String newVersion = deployed.body().get("deployedDecisionDefinitions").fieldNames().next();

    String instance = new ProjectLifecycleRestWalk(rest(), null).requestAndQualify("Annuaire des agents");
    instancesToRemove.add(instance);

    HistoricDecisionInstance governance = processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(instance).decisionDefinitionKey(LifecycleVariables.GOVERNANCE_DECISION_KEY).includeOutputs().singleResult();
    assertThat(governance.getDecisionDefinitionId()).as("the designer's version decided").isEqualTo(newVersion);
    assertThat(governance.getOutputs()).extracting(output -> output.getValue()).containsExactly("MAJOR");
  }

  private void assertRefused(String user, String key, String model, String elementId, String reason) {
    assertRefused(user, key, key + ".bpmn", model, elementId, reason, key);
  }

  private void assertRefused(String user, String deploymentName, String fileName, String model, String elementId,
      String reason, String definitionKey) {
    RepositoryService repository = processEngine.getRepositoryService();
    long deploymentsBefore = repository.createDeploymentQuery().count();
    long processVersionsBefore = repository.createProcessDefinitionQuery().processDefinitionKey(definitionKey).count();
    long decisionVersionsBefore = repository.createDecisionDefinitionQuery().decisionDefinitionKey(definitionKey).count();

    Response refused = rest().deploy(user, deploymentName, fileName, model);

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.message()).contains("Modèle refusé", "Élément « " + elementId + " »", reason);
    assertThat(refused.body().get("details").toString()).contains(elementId);
    assertThat(repository.createDeploymentQuery().count()).as("no deployment").isEqualTo(deploymentsBefore);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(definitionKey).count())
        .as("no new process version").isEqualTo(processVersionsBefore);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(definitionKey).count())
        .as("no new decision version").isEqualTo(decisionVersionsBefore);

    runWhateverWasDeployed(definitionKey);
    assertThat(processEngine.getIdentityService().createUserQuery().userId("concepteur").memberOfGroup("camunda-admin").count())
        .as("concepteur did not become administrator").isZero();
    assertThat(marker).as("no file written").doesNotExist();
  }

  /** What the job executor or the next requester would do, were anything deployed. */
  private void runWhateverWasDeployed(String key) {
    ManagementService management = processEngine.getManagementService();
    List<Job> jobs = management.createJobQuery().processDefinitionKey(key).list();
    assertThat(jobs).as("no timer job").isEmpty();
    if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
      assertThat(catchThrowable(() -> processEngine.getRuntimeService().startProcessInstanceByKey(key)))
          .as("nothing to start").isNotNull();
    }
  }

  private String latestDefinitionId(String key) {
    return processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult().getId();
  }

  private static String process(String id, String task) {
    return """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     targetNamespace="http://pilotage.test">
          <process id="%s" isExecutable="true" camunda:historyTimeToLive="P30D">
            <startEvent id="Event_Start" />
            <sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Task_Pwn" />
            %s
            <sequenceFlow id="Flow_2" sourceRef="Task_Pwn" targetRef="Event_End" />
            <endEvent id="Event_End" />
          </process>
        </definitions>
        """.formatted(id, task);
  }

  private static String decision(String id, String body) {
    return """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                     id="Definitions_%1$s" name="%1$s" namespace="http://pilotage.test">
          <decision id="%1$s" name="%1$s" camunda:historyTimeToLive="P30D">
            %2$s
          </decision>
        </definitions>
        """.formatted(id, body);
  }
}
