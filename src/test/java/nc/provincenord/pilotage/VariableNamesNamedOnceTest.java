package nc.provincenord.pilotage;

import static nc.provincenord.pilotage.JavaSources.javaFiles;
import static nc.provincenord.pilotage.JavaSources.read;
import static nc.provincenord.pilotage.JavaSources.relative;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each process variable is named once, in its module's {@code *Variables} class: no Java file of main
 * or tests writes one of those names as a string literal. Reads of Pilotage's own JSON API
 * ({@code .get("risks")}) and SQL parameters or columns that share a variable's name are not variables.
 */
class VariableNamesNamedOnceTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TEST = Path.of("src/test/java");
  private static final Pattern DEFINITION = Pattern.compile("ProcessVariable\\.\\w+\\(\"(\\w+)\"");
  private static final Pattern LITERAL = Pattern.compile("\"(\\w+)\"");
  /** JSON reads of Pilotage's API, SQL parameters and result columns: the same word, not a variable. */
  private static final Pattern NOT_A_VARIABLE = Pattern.compile("(\\.get|\\.path|\\.has|\\.param|rs\\.get\\w+)\\(\\s*$");

  /** Files where the names are another thing's keys, with the reason. */
  private static final Set<String> ELSEWHERE_KEYS = Set.of(
      // mail template models: the templates' own names, taken from an event, not from variables
      "lifecycle/LifecycleMails.java", "communication/CommunicationMails.java", "notification/TaskMailListener.java",
      // the text of a model's gateway condition, read from the BPMN like any expression
      "modeling/GatewayCases.java",
      // a configuration default of the shared notification module, which may not depend on capabilities
      "notification/NotificationProperties.java");

  @Test
  void noJavaFileWritesAProcessVariableNameAsALiteral() {
    Map<String, Path> names = definedNames();
    assertThat(names).as("names found in the *Variables classes").hasSizeGreaterThan(100);
    List<String> literals = new ArrayList<>();
    for (Path root : List.of(MAIN, TEST)) {
      for (Path file : javaFiles(root)) {
        if (names.containsValue(file) || ELSEWHERE_KEYS.contains(relative(root, file))
            || file.endsWith("VariableNamesNamedOnceTest.java")) {
          continue;
        }
        literals.addAll(literalsIn(file, names));
        if (root == MAIN && DEFINITION.matcher(String.join("\n", read(file))).find()) {
          literals.add(file + " defines a variable outside a *Variables class");
        }
      }
    }
    assertThat(literals).as("variable names written as literals; use the constant of the owning *Variables class").isEmpty();
  }

  private static List<String> literalsIn(Path file, Map<String, Path> names) {
    List<String> found = new ArrayList<>();
    List<String> lines = read(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher literal = LITERAL.matcher(line);
      while (literal.find()) {
        if (names.containsKey(literal.group(1)) && !NOT_A_VARIABLE.matcher(line.substring(0, literal.start())).find()) {
          found.add(file + ":" + (i + 1) + " \"" + literal.group(1) + "\"");
        }
      }
    }
    return found;
  }

  private static Map<String, Path> definedNames() {
    Map<String, Path> names = new HashMap<>();
    for (Path file : javaFiles(MAIN)) {
      if (!file.getFileName().toString().endsWith("Variables.java")) {
        continue;
      }
      Matcher definition = DEFINITION.matcher(String.join("\n", read(file)));
      while (definition.find()) {
        Path previous = names.put(definition.group(1), file);
        assertThat(previous).as("\"%s\" named twice", definition.group(1)).isNull();
      }
    }
    return names;
  }
}
