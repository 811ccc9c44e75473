package nc.provincenord.pilotage.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import nc.provincenord.pilotage.security.ModelXml;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The element templates of {@code processes/element-templates/} (Camunda Modeler 5, Camunda 7 schema)
 * name what exists: each stage list is {@link ProjectStage}, each form list is {@code forms/}; and every
 * shipped element that uses a template has its template's bindings, value for value — read from the files,
 * without the application. That each bean a template names is a bean of the running application:
 * {@link ElementTemplateBeansTest}.
 */
class ElementTemplatesTest {

  private static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  private static final Namespace CAMUNDA = new Namespace(ModelLint.CAMUNDA_NS);

  private static final Map<String, JsonNode> TEMPLATES = new HashMap<>();

  @BeforeAll
  static void readTemplates() throws IOException {
    TEMPLATES.putAll(templates());
    assertThat(TEMPLATES).hasSizeGreaterThan(40);
  }

  /** Every template of {@code processes/element-templates/} by its id, each id once. */
  static Map<String, JsonNode> templates() throws IOException {
    Map<String, JsonNode> templates = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("processes/element-templates"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode template : json.readTree(file.toFile())) {
          assertThat(templates.put(template.get("id").asText(), template)).as("id " + template.get("id") + " once").isNull();
        }
      }
    }
    return templates;
  }

  @Test
  void everyTemplateFollowsTheCamunda7SchemaAndSpeaksFrench() {
    for (JsonNode template : TEMPLATES.values()) {
      assertThat(template.get("$schema").asText()).isEqualTo(SCHEMA);
      assertThat(template.get("id").asText()).startsWith("nc.provincenord.pilotage.");
      assertThat(template.get("version").asInt()).isPositive();
      assertThat(template.get("appliesTo")).isNotEmpty();
      assertThat(template.get("name").asText()).matches(".*[a-zàâçéèêëîïôûù].*");
      assertThat(template.get("description").asText()).isNotBlank();
      for (JsonNode property : template.get("properties")) {
        String binding = property.get("binding").get("type").asText();
        assertThat(binding).isIn("property", "camunda:property", "camunda:executionListener");
        if ("camunda:executionListener".equals(binding)) {
          assertThat(property.get("type").asText()).as("a listener can only be Hidden").isEqualTo("Hidden");
          assertThat(property.get("binding").get("implementationType").asText()).isIn("expression", "delegateExpression");
        }
        if ("Dropdown".equals(property.get("type").asText())) {
          assertThat(values(property)).contains(property.get("value").asText());
        }
      }
    }
  }

  @Test
  void theListsAreTheStagesAndTheFormsOfTheCode() {
    List<String> stages = Arrays.stream(ProjectStage.values()).map(Enum::name).toList();
    List<String> labels = Arrays.stream(ProjectStage.values()).map(ProjectStage::label).toList();
    Set<String> forms = ModelLintTest.formIds();
    int stageLists = 0;
    int formLists = 0;
    for (JsonNode template : TEMPLATES.values()) {
      for (JsonNode property : template.get("properties")) {
        String name = property.get("binding").path("name").asText();
        if ("projectStage".equals(name)) {
          assertThat(values(property)).as(template.get("id").asText()).containsExactlyElementsOf(stages);
          assertThat(names(property)).containsExactlyElementsOf(labels);
          stageLists++;
        } else if ("camunda:formRef".equals(name)) {
          assertThat(values(property)).as(template.get("id").asText()).containsExactlyInAnyOrderElementsOf(forms);
          formLists++;
        }
      }
    }
    assertThat(stageLists).isGreaterThanOrEqualTo(4);
    assertThat(formLists).isGreaterThanOrEqualTo(4);
  }

  @Test
  void everyServiceTaskAndStageListenerOfTheShippedModelsUsesItsTemplate() throws IOException {
    int checked = 0;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path model : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        List<Element> elements = new ArrayList<>();
        collect(ModelXml.read(model.toString(), Files.readAllBytes(model)), elements);
        for (Element element : elements) {
          String where = model.getFileName() + " « " + element.attribute("id") + " »";
          String templateId = element.attributeNS(CAMUNDA, "modelerTemplate");
          boolean stage = listeners(element).stream().anyMatch(l -> String.valueOf(l.attribute("expression")).startsWith("${projectStage."));
          if ("serviceTask".equals(element.getTagName()) || stage) {
            assertThat(templateId).as(where + " carries its template").isNotNull();
          }
          if (templateId == null) {
            continue;
          }
          JsonNode template = TEMPLATES.get(templateId);
          assertThat(template).as(where + " → " + templateId).isNotNull();
          assertThat(element.attributeNS(CAMUNDA, "modelerTemplateVersion")).isEqualTo(template.get("version").asText());
          for (JsonNode property : template.get("properties")) {
            assertBinding(where, element, property);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(50);
  }

  private static void assertBinding(String where, Element element, JsonNode property) {
    JsonNode binding = property.get("binding");
    String value = property.path("value").asText();
    boolean dropdown = "Dropdown".equals(property.get("type").asText());
    switch (binding.get("type").asText()) {
      case "property" -> {
        String name = binding.get("name").asText();
        String actual = name.startsWith("camunda:")
            ? element.attributeNS(CAMUNDA, name.substring("camunda:".length())) : element.attribute(name);
        if (dropdown) {
          assertThat(values(property)).as(where + " " + name).contains(actual);
        } else {
          assertThat(actual).as(where + " " + name).isEqualTo(value);
        }
      }
      case "camunda:property" -> {
        List<String> actual = extensions(element, "properties").stream().flatMap(p -> p.elements().stream())
            .filter(p -> binding.get("name").asText().equals(p.attribute("name"))).map(p -> p.attribute("value")).toList();
        assertThat(actual).as(where + " property " + binding.get("name")).hasSize(1);
        if (dropdown) {
          assertThat(values(property)).as(where).contains(actual.get(0));
        } else {
          assertThat(actual.get(0)).as(where).isEqualTo(value);
        }
      }
      case "camunda:executionListener" -> assertThat(listeners(element))
          .as(where + " listener " + binding.get("event") + " " + value)
          .anyMatch(listener -> binding.get("event").asText().equals(listener.attribute("event"))
              && value.equals(listener.attribute(binding.get("implementationType").asText())));
      default -> throw new AssertionError("binding " + binding);
    }
  }

  private static List<Element> listeners(Element element) {
    return extensions(element, "executionListener");
  }

  private static List<Element> extensions(Element element, String tag) {
    Element extensions = element.element("extensionElements");
    return extensions == null ? List.of() : extensions.elements().stream().filter(e -> tag.equals(e.getTagName())).toList();
  }

  private static void collect(Element element, List<Element> into) {
    for (Element child : element.elements()) {
      if (child.attribute("id") != null && !"extensionElements".equals(child.getTagName())) {
        into.add(child);
      }
      collect(child, into);
    }
  }

  private static List<String> values(JsonNode dropdown) {
    List<String> values = new ArrayList<>();
    dropdown.get("choices").forEach(choice -> values.add(choice.get("value").asText()));
    return values;
  }

  private static List<String> names(JsonNode dropdown) {
    List<String> names = new ArrayList<>();
    dropdown.get("choices").forEach(choice -> names.add(choice.get("name").asText()));
    return names;
  }
}
