package nc.provincenord.pilotage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The coverage a process test class must reach for one process: every flow node, and every sequence
 * flow but the ones named with {@link #untaken(String, String)} and the reason they cannot be taken.
 * A flow named untaken that the tests do take fails too: the justification would be stale.
 *
 * <p>Read from the report camunda-process-test-coverage writes ({@code report.json}); the elements
 * counted are the ones it counts (the flow nodes of the executable process, subprocesses included,
 * and the sequence flows leaving them).
 */
public final class CoverageFloor {

  static final Path REPORTS = Path.of("target", "process-test-coverage");

  private final String processKey;
  private final Map<String, String> untaken = new LinkedHashMap<>();

  private CoverageFloor(String processKey) {
    this.processKey = processKey;
  }

  public static CoverageFloor of(String processKey) {
    return new CoverageFloor(processKey);
  }

  /** A sequence flow the tests do not take, and why (the reason is the justification asked for). */
  public CoverageFloor untaken(String sequenceFlowId, String reason) {
    assertThat(reason).as("why %s is not taken", sequenceFlowId).isNotBlank();
    untaken.put(sequenceFlowId, reason);
    return this;
  }

  void assertMetBy(Report report) {
    BpmnModelInstance model = report.model(processKey);
    Set<String> flowNodes = new TreeSet<>();
    Set<String> sequenceFlows = new TreeSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (inProcess(node)) {
        flowNodes.add(node.getId());
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (flowNodes.contains(flow.getSource().getId())) {
        sequenceFlows.add(flow.getId());
      }
    }
    Set<String> covered = report.covered(processKey);
    assertThat(difference(flowNodes, covered)).as("flow nodes of %s never reached by %s", processKey, report.name).isEmpty();
    assertThat(untaken.keySet()).as("justified flows that are not sequence flows of %s", processKey).isSubsetOf(sequenceFlows);
    Set<String> notTaken = difference(sequenceFlows, covered);
    assertThat(notTaken).as("sequence flows of %s never taken by %s (take them, or justify them with untaken(id, reason))",
        processKey, report.name).isSubsetOf(untaken.keySet());
    assertThat(untaken.keySet()).as("flows of %s justified as untaken that %s does take", processKey, report.name)
        .isSubsetOf(notTaken);
  }

  private boolean inProcess(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof Process process) {
        return processKey.equals(process.getId());
      }
    }
    return false;
  }

  private static Set<String> difference(Set<String> all, Set<String> minus) {
    Set<String> rest = new TreeSet<>(all);
    rest.removeAll(minus);
    return rest;
  }

  /** One test class's report.json: the models it touched and the elements its runs reached. */
  static final class Report {

    private final String name;
    private final JsonNode json;

    private Report(String name, JsonNode json) {
      this.name = name;
      this.json = json;
    }

    static Report of(Class<?> testClass) {
      Path file = REPORTS.resolve(testClass.getName()).resolve("report.json");
      try {
        return new Report(testClass.getSimpleName(), new ObjectMapper().readTree(Files.readString(file)));
      } catch (IOException e) {
        throw new IllegalStateException("no coverage report at " + file.toAbsolutePath(), e);
      }
    }

    BpmnModelInstance model(String processKey) {
      for (JsonNode model : json.path("models")) {
        if (processKey.equals(model.path("key").asText())) {
          return Bpmn.readModelFromStream(new ByteArrayInputStream(model.path("xml").asText().getBytes(StandardCharsets.UTF_8)));
        }
      }
      throw new AssertionError(name + " never ran process " + processKey);
    }

    Set<String> covered(String processKey) {
      Set<String> covered = new TreeSet<>();
      for (JsonNode suite : json.path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          for (JsonNode event : run.path("events")) {
            if (processKey.equals(event.path("modelKey").asText())) {
              covered.add(event.path("definitionKey").asText());
            }
          }
        }
      }
      return covered;
    }
  }
}
