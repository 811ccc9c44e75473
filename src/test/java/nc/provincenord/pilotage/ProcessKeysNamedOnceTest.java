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
 * Each key of a deployed model (process or decision: {@code project-lifecycle}, {@code publication-approval}...)
 * is written once, as a {@code *_KEY} constant of its module's {@code *Variables} class: no other Java file of
 * main or tests writes it as a string literal. BPMN, DMN and other resources are not concerned, nor strings
 * that only contain a key ({@code "processes/project-lifecycle.bpmn"}).
 */
class ProcessKeysNamedOnceTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TEST = Path.of("src/test/java");
  private static final Pattern DEFINITION = Pattern.compile("static final String \\w*KEY = \"([a-z][a-z0-9-]*)\"");

  /** A file and a key it may write, with the reason: the same word naming another thing. */
  private static final Set<String> ELSEWHERE_KEYS = Set.of(
      // the name of the weekly report's mail template (templates/mail/portfolio-report.*), not the process
      "portfolio/PortfolioReportService.java portfolio-report");

  @Test
  void noJavaFileWritesAModelKeyAsALiteral() {
    Map<String, Path> keys = definedKeys();
    assertThat(keys).as("keys found in the *Variables classes").containsKeys("project-lifecycle", "change-management",
        "project-governance", "publication-request", "publication-approval", "urgent-communication", "referent-meeting",
        "technology-watch", "portfolio-report");
    List<String> literals = new ArrayList<>();
    for (Path root : List.of(MAIN, TEST)) {
      for (Path file : javaFiles(root)) {
        String relative = relative(root, file);
        if (file.endsWith("ProcessKeysNamedOnceTest.java")) {
          continue;
        }
        List<String> lines = read(file);
        for (int i = 0; i < lines.size(); i++) {
          for (Map.Entry<String, Path> key : keys.entrySet()) {
            if (lines.get(i).contains("\"" + key.getKey() + "\"") && !file.equals(key.getValue())
                && !ELSEWHERE_KEYS.contains(relative + " " + key.getKey())) {
              literals.add(file + ":" + (i + 1) + " \"" + key.getKey() + "\"");
            }
          }
        }
      }
    }
    assertThat(literals).as("model keys written as literals; use the *_KEY constant of the owning *Variables class").isEmpty();
  }

  /** Each key defined once, in a *Variables class of main; a key constant anywhere else is a second definition. */
  private static Map<String, Path> definedKeys() {
    Map<String, Path> keys = new HashMap<>();
    for (Path file : javaFiles(MAIN)) {
      Matcher definition = DEFINITION.matcher(String.join("\n", read(file)));
      while (definition.find()) {
        assertThat(file.getFileName().toString()).as("\"%s\" defined outside a *Variables class", definition.group(1))
            .endsWith("Variables.java");
        Path previous = keys.put(definition.group(1), file);
        assertThat(previous).as("\"%s\" defined twice", definition.group(1)).isNull();
      }
    }
    return keys;
  }
}
