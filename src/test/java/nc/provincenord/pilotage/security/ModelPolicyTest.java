package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policy on its own: the shipped models pass it, each forbidden construct is named. That it stands first
 * in the engine's deployer chain (REST for designers and administrators alike, the Java API, BPMN and DMN) and
 * that nothing then happens is shown on the whole application by {@link ModelPolicyAttackTest}.
 */
class ModelPolicyTest {

  @Test
  void everyShippedModelPassesThePolicy() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<Path> models = files.filter(path -> path.toString().endsWith(".bpmn") || path.toString().endsWith(".dmn")).toList();
      assertThat(models).hasSizeGreaterThanOrEqualTo(9);
      for (Path model : models) {
        assertThat(problems(model.getFileName().toString(), Files.readString(model)))
            .as(model.toString()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${projectManager}", "${recordTrackDelegate}", "${projectTrack == 'MAJOR'}", "${projectTrack != 'LIGHT'}",
      "${referentActionCount > 0}", "${referentActionCount == 0}", "${!adoptionReached}", "${not adoptionReached}",
      "${workingDays.after(2)}", "${urgentEscalation.delay}", "${projectStage.enter(execution, 'ANALYSIS')}",
      "${publicationSchedule.publishAt(publicationDesiredDate)}", "${projectDecisions.record(task, 'ACCEPTANCE')}",
      "#{execution.processBusinessKey}", "${amount ge -1.5}", "PRJ-${projectNumber}", "sans expression"})
  void theShapesOfTheShippedModelsAreAllowed(String expression) {
    assertThat(ExpressionShapes.refusal(expression)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${''.getClass().forName('java.lang.Runtime')}", "${execution.getProcessEngineServices().getIdentityService()}",
      "${execution.processEngineServices.identityService}", "${execution.getVariable('x')}",
      "${execution.setVariable('projectTrack', 'LIGHT')}", "${task.execution}", "${bean.getClass()}",
      "${bean.method(other.call())}", "${bean.method(execution).other}", "${bean.list[0]}", "${bean['x']}",
      "${T(java.lang.Runtime).getRuntime()}", "${now()}", "${dateTime().plusDays(2)}", "${a + 1}",
      "${a == b}", "${a ? b : c}", "${a && b}", "${projectManager}${''.class}", "${bean.runtimeService}",
      "${bean.method('unterminated)}", "${"})
  void anythingElseIsRefused(String expression) {
    assertThat(ExpressionShapes.refusal(expression)).as(expression).isNotNull();
  }

  @Test
  void scriptsForeignClassesShellAndEmbeddedFormsAreEachNamed() {
    List<Problem> problems = problems("attack.bpmn", bpmn("""
        <scriptTask id="Task_Script" scriptFormat="javascript"><script>java.lang.Runtime.getRuntime()</script></scriptTask>
        <serviceTask id="Task_Class" camunda:class="java.lang.ProcessBuilder" />
        <serviceTask id="Task_Shell" camunda:type="shell" />
        <serviceTask id="Task_Listener" camunda:class="nc.provincenord.pilotage.Anything">
          <extensionElements>
            <camunda:executionListener event="start"><camunda:script scriptFormat="groovy">x</camunda:script></camunda:executionListener>
            <camunda:executionListener event="end" class="org.example.Evil" />
          </extensionElements>
        </serviceTask>
        <userTask id="Task_Form" camunda:formKey="embedded:deployment:evil.html" />
        <callActivity id="Task_Call" calledElement="x" camunda:variableMappingClass="org.example.Mapping" />
        <sequenceFlow id="Flow_Script" sourceRef="a" targetRef="b">
          <conditionExpression xsi:type="tFormalExpression" language="javascript">true</conditionExpression>
        </sequenceFlow>
        <serviceTask id="Task_Reflection" camunda:expression="${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch x')}" />
        """));

    assertThat(problems).extracting(Problem::getMessage).anySatisfy(m -> assertThat(m).contains("Task_Script", "tâche de script interdite"))
        .anySatisfy(m -> assertThat(m).contains("Task_Class", "java.lang.ProcessBuilder", "interdite"))
        .anySatisfy(m -> assertThat(m).contains("Task_Shell", "shell"))
        .anySatisfy(m -> assertThat(m).contains("Task_Listener", "script interdit"))
        .anySatisfy(m -> assertThat(m).contains("Task_Listener", "org.example.Evil"))
        .anySatisfy(m -> assertThat(m).contains("Task_Form", "formulaire intégré"))
        .anySatisfy(m -> assertThat(m).contains("Task_Call", "org.example.Mapping"))
        .anySatisfy(m -> assertThat(m).contains("Flow_Script", "language"))
        .anySatisfy(m -> assertThat(m).contains("Task_Reflection", "expression refusée"));
    assertThat(problems).extracting(Problem::getMainElementId).contains("Task_Script", "Task_Listener", "Flow_Script", "Task_Reflection");
  }

  @Test
  void expressionsAreCheckedWhereverTheyStand() {
    List<Problem> problems = problems("attack.bpmn", bpmn("""
        <startEvent id="Event_Timer"><timerEventDefinition id="Timer_Evil">
          <timeDate xsi:type="tFormalExpression">${''.getClass()}</timeDate></timerEventDefinition></startEvent>
        <userTask id="Task_Assignee" camunda:assignee="${execution.getVariable('x')}">
          <extensionElements><camunda:inputOutput>
            <camunda:inputParameter name="p">${bean.list[0]}</camunda:inputParameter>
          </camunda:inputOutput></extensionElements>
        </userTask>
        <serviceTask id="Task_Field" camunda:delegateExpression="${recordTrackDelegate}">
          <extensionElements><camunda:field name="f"><camunda:expression>${a + 1}</camunda:expression></camunda:field></extensionElements>
        </serviceTask>
        """));

    assertThat(problems).extracting(Problem::getMainElementId).containsExactlyInAnyOrder(
        "Timer_Evil", "Task_Assignee", "Task_Assignee", "Task_Field");
  }

  @Test
  void theLessKnownDoorsAreClosedToo() {
    List<Problem> problems = problems("attack.bpmn", """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:activiti="http://activiti.org/bpmn"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://pilotage.test">
          <message id="Message_Evil" name="${bean.list[0]}" />
          <process id="attack" isExecutable="true" camunda:historyTimeToLive="P30D">
            <startEvent id="Event_Handler" camunda:formHandlerClass="javax.script.ScriptEngineManager" />
            <serviceTask id="Task_Activiti" activiti:class="java.lang.Runtime" />
            <serviceTask id="Task_Mail" activiti:type="mail" />
            <serviceTask id="Task_Resource" camunda:delegateExpression="${recordTrackDelegate}">
              <extensionElements>
                <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
                <camunda:inputOutput><camunda:inputParameter name="p"><camunda:script scriptFormat="groovy" camunda:resource="deployment://x.groovy" /></camunda:inputParameter></camunda:inputOutput>
              </extensionElements>
            </serviceTask>
            <userTask id="Task_Validator">
              <extensionElements><camunda:formData><camunda:formField id="Field_X" type="string">
                <camunda:validation><camunda:constraint name="validator" config="org.example.Validator" /></camunda:validation>
              </camunda:formField></camunda:formData></extensionElements>
            </userTask>
            <serviceTask id="Task_External" camunda:type="external" camunda:topic="pilotage" />
          </process>
        </definitions>
        """);

    assertThat(problems).extracting(Problem::getMessage)
        .anySatisfy(m -> assertThat(m).contains("Message_Evil", "expression refusée"))
        .anySatisfy(m -> assertThat(m).contains("Event_Handler", "javax.script.ScriptEngineManager"))
        .anySatisfy(m -> assertThat(m).contains("Task_Activiti", "java.lang.Runtime"))
        .anySatisfy(m -> assertThat(m).contains("Task_Mail", "mail"))
        .anySatisfy(m -> assertThat(m).contains("Task_Resource", "connecteur"))
        .anySatisfy(m -> assertThat(m).contains("Task_Resource", "camunda:resource"))
        .anySatisfy(m -> assertThat(m).contains("Field_X", "org.example.Validator"))
        .noneSatisfy(m -> assertThat(m).contains("Task_External"));
  }

  @Test
  void aDecisionTakesOnlyFeelOrJuelAndJuelInTheSameShapes() {
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="D" name="d" namespace="x">
          <decision id="Decision_X" name="x">
            <decisionTable id="Table_X">
              <input id="Input_A"><inputExpression id="Expr_Script" expressionLanguage="javascript"><text>1</text></inputExpression></input>
              <input id="Input_B"><inputExpression id="Expr_Juel" expressionLanguage="juel"><text>${''.getClass()}</text></inputExpression></input>
              <input id="Input_C"><inputExpression id="Expr_Feel" expressionLanguage="feel"><text>amount</text></inputExpression></input>
              <output id="Output_X" name="o" />
            </decisionTable>
          </decision>
        </definitions>
        """;
    List<Problem> problems = problems("x.dmn", dmn);

    assertThat(problems).extracting(Problem::getMainElementId).containsExactlyInAnyOrder("Expr_Script", "Expr_Juel");
    assertThat(problems.get(0).getMessage()).contains("javascript", "FEEL");
  }

  @Test
  void aRefusalIsAParseExceptionNamingTheResourceAndEachElement() {
    byte[] model = bpmn("<serviceTask id=\"Task_Class\" camunda:class=\"java.lang.ProcessBuilder\" />")
        .getBytes(StandardCharsets.UTF_8);

    ParseException refused = catchThrowableOfType(ParseException.class,
        () -> ModelPolicyPlugin.PolicyDeployer.check("attack.bpmn", model));

    assertThat(refused.getMessage()).startsWith("Modèle refusé par la politique de Pilotage, rien n'est déployé "
        + "(attack.bpmn) :\n* Élément « Task_Class » : classe « java.lang.ProcessBuilder » interdite (camunda:class)");
    assertThat(refused.getResorceReports().get(0).getErrors()).singleElement()
        .satisfies(problem -> assertThat(problem.getMainElementId()).isEqualTo("Task_Class"))
        .satisfies(problem -> assertThat(problem.getLine()).isPositive());
  }

  @Test
  void aDeploymentCarriesOnlyBpmnDmnAndForms() {
    byte[] anything = "<x/>".getBytes(StandardCharsets.UTF_8);
    for (String name : List.of("case.cmmn", "case.cmmn11.xml", "form.html", "script.js", "evil.groovy", "diagram.BPMN")) {
      assertThat(catchThrowableOfType(ParseException.class, () -> ModelPolicyPlugin.PolicyDeployer.check(name, anything)))
          .as(name).hasMessageContaining("Ressource « " + name + " » refusée");
    }
    ModelPolicyPlugin.PolicyDeployer.check("forms/x.form", "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8));
  }

  private static List<Problem> problems(String name, String xml) {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    return name.endsWith(".dmn") ? ModelPolicy.dmnProblems(ModelXml.read(name, bytes))
        : ModelPolicy.bpmnProblems(ModelXml.read(name, bytes));
  }

  private static String bpmn(String body) {
    return """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="http://pilotage.test">
          <process id="attack" isExecutable="true" camunda:historyTimeToLive="P30D">
        """ + body + """
          </process>
        </definitions>
        """;
  }
}
