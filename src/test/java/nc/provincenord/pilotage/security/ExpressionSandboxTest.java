package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 19, item 2: what the engine evaluates (BPMN, Tasklist filters, DMN's JUEL) goes through
 * Pilotage's sandboxed expression manager, which refuses in French what reaches classes, reflection,
 * the engine's services or beans that models are not meant to call, and rolls the step back.
 */
class ExpressionSandboxTest extends PilotageIntegrationTest {

  @Autowired
  ApplicationContext applicationContext;

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  @Test
  void theEngineAndDmnUseTheSandboxNotCamundasSpringExpressionManager() {
    ExpressionManager manager = configuration().getExpressionManager();
    assertThat(manager.getClass().getName()).isEqualTo("nc.provincenord.pilotage.engine.SandboxedExpressionManager");
    assertThat(manager).isNotInstanceOf(SpringExpressionManager.class);

    String decision = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Probe" name="Sonde"
                     xmlns:camunda="http://camunda.org/schema/1.0/dmn" namespace="http://pilotage.test">
          <decision id="Decision_Probe" name="Sonde" camunda:historyTimeToLive="P1D">
            <decisionTable id="Table_Probe">
              <input id="Input_Probe"><inputExpression id="Expression_Probe" typeRef="string" expressionLanguage="juel">
                <text>${PROBE}</text></inputExpression></input>
              <output id="Output_Probe" name="result" typeRef="string" />
              <rule id="Rule_Probe"><inputEntry id="Entry_Probe"><text>-</text></inputEntry>
                <outputEntry id="Out_Probe"><text>"ok"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;
    assertThat(evaluateDecision(decision.replace("PROBE", "communicationSettings.headUser"))).isEqualTo("ok");
    Throwable refused = catchThrowable(() -> evaluateDecision(decision.replace("PROBE", "''.getClass()")));
    assertThat(refusal(refused)).as("DMN's JUEL goes through the sandbox").contains("Expression refusée", "getClass");
  }

  private Object evaluateDecision(String xml) {
    // Within a command, as the engine's decision tasks run: the DMN transformer reads the engine's configuration.
    return configuration().getCommandExecutorTxRequired().execute(context -> {
      var dmnEngine = configuration().getDmnEngine();
      DmnDecision decision = dmnEngine.parseDecision("Decision_Probe",
          new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      return dmnEngine.evaluateDecisionTable(decision, Variables.createVariables()).getSingleEntry();
    });
  }

  @Test
  void thePayloadOfTheAttacksRunsUnderCamundasStockManagerAndNotUnderPilotages() {
    CommandPayload stock = CommandPayload.create();
    SpringExpressionManager camundas = new SpringExpressionManager(applicationContext, Map.of());
    try {
      camundas.createValueExpression(stock.expression()).getValue(camundas.createElContext(Variables.emptyVariableContext()));
      assertThat(stock.ran()).as("the payload is a real attack against Camunda's default").isTrue();
    } finally {
      stock.file().toFile().delete();
    }

    CommandPayload sandboxed = CommandPayload.create();
    Throwable refused = catchThrowable(() -> evaluate(sandboxed.expression(), null));
    assertThat(refusal(refused)).contains("Expression refusée", "getClass");
    assertThat(sandboxed.ran()).isFalse();
  }

  @Test
  void dangerousExpressionsAreRefusedInFrench() {
    String instance = startWatchItem();
    Map<String, String> refusals = new java.util.LinkedHashMap<>();
    for (String expression : List.of("${''.getClass()}", "${''.class}", "${execution.getProcessEngineServices()}",
        "${execution.processEngineServices.identityService}", "${execution.getProcessEngine()}",
        "${execution.processInstance.processEngine}", "${dataSource}", "${dataSource.getConnection()}",
        "${processEngineFactoryBean}", "${identityService}", "${runtimeService}", "${workingDays.getClass().getClassLoader()}",
        "${execution.getClass()}", "${S('{}').mapTo('java.util.HashMap')}", "${now().getClass()}")) {
      Throwable refused = catchThrowable(() -> evaluate(expression, instance));
      refusals.put(expression, refusal(refused));
    }
    assertThat(refusals).allSatisfy((expression, message) ->
        assertThat(message).as(expression).startsWith("Expression refusée : "));
    assertThat(refusals.get("${dataSource}")).contains("« dataSource » n'est ni un délégué");
  }

  @Test
  void whatTheModelsNeedStillWorks() {
    String instance = startWatchItem();
    assertThat(evaluate("${communicationSettings.headUser}", instance)).isEqualTo("comm");
    assertThat(evaluate("${workingDays.after(2)}", instance)).isInstanceOf(Date.class);
    assertThat(evaluate("${execution.getVariable('watchTitle')}", instance)).isEqualTo("Sonde du bac à sable");
    assertThat(evaluate("${watchDomain == 'COLLABORATION'}", instance)).isEqualTo(true);
    assertThat(evaluate("${dateTime().plusDays(1).toDate()}", instance)).isInstanceOf(Date.class);
    assertThat(evaluate("${execution.processInstanceId}", instance)).isEqualTo(instance);
  }

  @Test
  void everyBeanTheShippedModelsNameIsExposed() throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher identifiers = Pattern.compile("\\$\\{!?\\s*([A-Za-z_][A-Za-z0-9_]*)").matcher("");
    try (var models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        identifiers.reset(Files.readString(model));
        while (identifiers.find()) {
          names.add(identifiers.group(1));
        }
      }
    }
    List<String> beans = names.stream().filter(applicationContext::containsBean).toList();
    assertThat(beans).contains("projectStage", "projectDecisions", "workingDays", "publicationSchedule",
        "urgentEscalation", "communicationSettings", "portfolioReportSchedule", "recordTrackDelegate");
    String instance = startWatchItem();
    List<String> refused = new ArrayList<>();
    for (String bean : beans) {
      try {
        evaluate("${" + bean + "}", instance);
      } catch (ProcessEngineException refusal) {
        refused.add(bean + ": " + refusal.getMessage());
      }
    }
    assertThat(refused).as("beans named by the shipped models").isEmpty();
  }

  @Test
  void aRefusedCallRollsItsStepBack() {
    String instance = startWatchItem();
    Throwable refused = catchThrowable(() -> configuration().getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity execution = context.getExecutionManager().findExecutionById(instance);
      execution.setVariable("sandboxProbe", "écrit avant le refus");
      return configuration().getExpressionManager().createExpression("${execution.getProcessEngineServices()}")
          .getValue(execution);
    }));
    assertThat(refused).isInstanceOf(ProcessEngineException.class).hasMessageStartingWith("Expression refusée : ");
    assertThat(processEngine.getRuntimeService().getVariable(instance, "sandboxProbe")).isNull();
  }

  @Test
  void noScriptRunsNotEvenJuel() {
    for (String language : List.of("juel", "javascript", "groovy")) {
      Throwable refused = catchThrowable(() -> configuration().getCommandExecutorTxRequired().execute(context ->
          configuration().getScriptingEngines().getScriptEngineForLanguage(language)));
      assertThat(refused).as(language).isInstanceOf(ProcessEngineException.class)
          .hasMessageStartingWith("Script refusé : les scripts (langage « " + language + " »)");
    }
  }

  /** Evaluates an expression as the engine does, on the process instance (or none). */
  private Object evaluate(String expression, String instanceId) {
    return configuration().getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity execution = instanceId == null ? null : context.getExecutionManager().findExecutionById(instanceId);
      return configuration().getExpressionManager().createExpression(expression).getValue(execution);
    });
  }

  private String startWatchItem() {
    Map<String, Object> item = new HashMap<>();
    item.put(WatchVariables.TITLE.name(), "Sonde du bac à sable");
    item.put(WatchVariables.SUMMARY.name(), "Une solution hébergée en Nouvelle-Calédonie.");
    item.put(WatchVariables.SOURCE_URL.name(), "https://example.nc/veille");
    item.put(WatchVariables.DOMAIN.name(), "COLLABORATION");
    item.put(WatchVariables.RELEVANCE.name(), "Vérifier le bac à sable des expressions.");
    Response started = rest().submitStartForm("demandeur", WatchVariables.PROCESS_KEY, item);
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.body().get("id").asText();
  }

  private static String refusal(Throwable failure) {
    assertThat(failure).as("refused").isNotNull();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().startsWith("Expression refusée")) {
        return cause.getMessage();
      }
    }
    return String.valueOf(failure);
  }
}
