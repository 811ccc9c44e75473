package nc.provincenord.pilotage.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.Problem;
import org.junit.jupiter.api.Test;

/**
 * The model lint on the repository's models, as a designer runs it before a commit:
 * {@code ./mvnw -q test -Dtest=ModelLintTest} (it prints each problem, with its file and line); and
 * each rule on a model that breaks it.
 */
class ModelLintTest {

  static Set<String> formIds() {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      ObjectMapper json = new ObjectMapper();
      return files.filter(path -> path.toString().endsWith(".form")).map(path -> {
        try {
          return json.readTree(path.toFile()).get("id").asText();
        } catch (IOException unreadable) {
          throw new UncheckedIOException(unreadable);
        }
      }).collect(Collectors.toSet());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  @Test
  void everyModelOfTheRepositoryFollowsTheConventions() throws IOException {
    Set<String> forms = formIds();
    List<String> found;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<Path> models = files.filter(path -> path.toString().endsWith(".bpmn") || path.toString().endsWith(".dmn"))
          .sorted().toList();
      assertThat(models).hasSizeGreaterThanOrEqualTo(9);
      found = models.stream().flatMap(model -> {
        try {
          return ModelLint.problems(model.getFileName().toString(), Files.readAllBytes(model), forms::contains).stream()
              .map(problem -> model + ":" + problem.getLine() + " " + problem.getMessage());
        } catch (IOException unreadable) {
          throw new UncheckedIOException(unreadable);
        }
      }).toList();
    }
    found.forEach(System.out::println);
    assertThat(found).isEmpty();
  }

  @Test
  void modelerDefaultIdsEnglishLabelsAndMissingNamesAreNamed() {
    List<String> problems = messages(process("""
        <startEvent id="StartEvent_1" />
        <sequenceFlow id="Flow_0x1y2z3" sourceRef="StartEvent_1" targetRef="Activity_0abc123" />
        <userTask id="Activity_0abc123" name="Review the request" camunda:candidateGroups="moa" />
        <sequenceFlow id="Flow_ToUnnamed" sourceRef="Activity_0abc123" targetRef="Task_Unnamed" />
        <userTask id="Task_Unnamed" camunda:candidateGroups="moa" />
        <sequenceFlow id="Flow_ToEnd" sourceRef="Task_Unnamed" targetRef="Event_End" />
        <endEvent id="Event_End" />"""));

    assertThat(problems).anyMatch(m -> m.startsWith("Élément « StartEvent_1 » : identifiant typé"))
        .anyMatch(m -> m.startsWith("Élément « Flow_0x1y2z3 » : identifiant typé"))
        .anyMatch(m -> m.startsWith("Élément « Activity_0abc123 » : identifiant typé"))
        .anyMatch(m -> m.startsWith("Élément « Activity_0abc123 » : nom « Review the request » en anglais"))
        .anyMatch(m -> m.startsWith("Élément « Task_Unnamed » : nom manquant"))
        .hasSize(5);
  }

  @Test
  void timeToLiveFormsGroupsClassesAndScriptsAreNamed() {
    String model = process("""
        <startEvent id="Event_Start" />
        <sequenceFlow id="Flow_ToTask" sourceRef="Event_Start" targetRef="Task_Fill" />
        <userTask id="Task_Fill" name="Remplir" camunda:candidateGroups="moa, informatique" camunda:formRef="formulaire-absent" />
        <sequenceFlow id="Flow_ToClass" sourceRef="Task_Fill" targetRef="Task_Class" />
        <serviceTask id="Task_Class" name="Calculer" camunda:class="nc.provincenord.pilotage.Anything" />
        <sequenceFlow id="Flow_ToScript" sourceRef="Task_Class" targetRef="Task_Script" />
        <scriptTask id="Task_Script" name="Calculer encore" scriptFormat="groovy"><script>1</script></scriptTask>
        <sequenceFlow id="Flow_ToEnd" sourceRef="Task_Script" targetRef="Event_End" />
        <endEvent id="Event_End" />""").replace(" camunda:historyTimeToLive=\"P30D\"", "");

    assertThat(messages(model))
        .anyMatch(m -> m.startsWith("Élément « lint-check » : durée de conservation de l'historique manquante"))
        .anyMatch(m -> m.startsWith("Élément « Task_Fill » : formulaire « formulaire-absent » introuvable"))
        .anyMatch(m -> m.startsWith("Élément « Task_Fill » : groupe candidat « informatique » inconnu"))
        .anyMatch(m -> m.startsWith("Élément « Task_Class » : camunda:class interdit"))
        .anyMatch(m -> m.startsWith("Élément « Task_Script » : tâche de script interdite"))
        .hasSize(5);
  }

  @Test
  void anExclusiveGatewayNeedsADefaultFlowOrEveryAnswer() {
    String partial = gateway("${projectRecord.arbitrationIs(execution, 'APPROVE')}",
        "${projectRecord.arbitrationIs(execution, 'REJECT')}", "");
    String complete = gateway("${projectRecord.arbitrationIs(execution, 'APPROVE')}",
        "${projectRecord.arbitrationIs(execution, 'REJECT')}", "${projectRecord.arbitrationIs(execution, 'POSTPONE')}");
    String complementary = gateway("${projectRecord.trackIs(execution, 'MAJOR')}",
        "${projectRecord.trackIsNot(execution, 'MAJOR')}", "");
    String withDefault = partial.replace("name=\"Arbitrage ?\"", "name=\"Arbitrage ?\" default=\"Flow_Second\"")
        .replaceFirst("(<sequenceFlow id=\"Flow_Second\"[^>]*>)<conditionExpression[^<]*</conditionExpression>", "$1");

    assertThat(messages(partial)).singleElement().asString()
        .startsWith("Élément « Gateway_Decision » : passerelle exclusive sans flux par défaut");
    assertThat(messages(complete)).isEmpty();
    assertThat(messages(complementary)).isEmpty();
    assertThat(messages(withDefault)).isEmpty();
  }

  @Test
  void aDecisionWithoutTimeToLiveIsNamed() {
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_X" name="x" namespace="http://pilotage.test">
          <decision id="lint-decision" name="Décision" />
          <decision id="kept-decision" name="Décision conservée" camunda:historyTimeToLive="P30D" />
        </definitions>""";
    assertThat(ModelLint.problems("x.dmn", dmn.getBytes(StandardCharsets.UTF_8), id -> true))
        .extracting(Problem::getMessage).singleElement().asString()
        .startsWith("Élément « lint-decision » : durée de conservation");
  }

  /** Each list of answers is the enum behind its helper, value for value. */
  @Test
  void theGatewayAnswersAreTheValuesOfTheirEnums() throws ClassNotFoundException {
    assertThat(GatewayCases.ENUMS.keySet()).isEqualTo(GatewayCases.ANSWERS.keySet());
    for (Map.Entry<String, String> question : GatewayCases.ENUMS.entrySet()) {
      Object[] constants = Class.forName(question.getValue()).getEnumConstants();
      assertThat(GatewayCases.ANSWERS.get(question.getKey())).as(question.getKey())
          .containsExactlyInAnyOrderElementsOf(Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList());
    }
  }

  private static String gateway(String first, String second, String third) {
    String flows = condition("Flow_First", first) + condition("Flow_Second", second)
        + (third.isEmpty() ? "" : condition("Flow_Third", third));
    return process("""
        <startEvent id="Event_Start" />
        <sequenceFlow id="Flow_ToGateway" sourceRef="Event_Start" targetRef="Gateway_Decision" />
        <exclusiveGateway id="Gateway_Decision" name="Arbitrage ?" />
        %s
        <endEvent id="Event_End" />""".formatted(flows));
  }

  private static String condition(String id, String expression) {
    return "<sequenceFlow id=\"" + id + "\" sourceRef=\"Gateway_Decision\" targetRef=\"Event_End\">"
        + "<conditionExpression xsi:type=\"tFormalExpression\">" + expression + "</conditionExpression></sequenceFlow>\n";
  }

  private static String process(String body) {
    return """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="http://pilotage.test">
          <process id="lint-check" name="Vérification" isExecutable="true" camunda:historyTimeToLive="P30D">
            %s
          </process>
        </definitions>""".formatted(body);
  }

  private static List<String> messages(String bpmn) {
    return ModelLint.problems("lint-check.bpmn", bpmn.getBytes(StandardCharsets.UTF_8), formIds()::contains).stream()
        .map(Problem::getMessage).toList();
  }
}
