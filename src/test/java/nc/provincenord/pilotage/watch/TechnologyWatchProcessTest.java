package nc.provincenord.pilotage.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;

import java.util.Map;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** technology-watch, with a stand-in project-lifecycle to see what a proposal starts. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/technology-watch.bpmn", "nc/provincenord/pilotage/watch/project-lifecycle-stand-in.bpmn"})
class TechnologyWatchProcessTest {

  ProcessEngine processEngine;

  @BeforeEach
  void registerBeans() {
    WatchItemRepository repository = mock(WatchItemRepository.class);
    Mocks.register("validateWatchItemListener", new ValidateWatchItemListener());
    Mocks.register("validateWatchEvaluationListener", new ValidateWatchEvaluationListener());
    Mocks.register("recordWatchItemDelegate", new RecordWatchItemDelegate(repository));
    Mocks.register("recordWatchEvaluationDelegate", new RecordWatchEvaluationDelegate(repository));
    Mocks.register("proposeProjectDelegate", new ProposeProjectDelegate());
    Mocks.register("giveBusinessKey", (ExecutionListener) execution -> execution.setProcessBusinessKey("PRJ-2026-0042"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance submit() {
    return runtimeService().startProcessInstanceByKey(WatchVariables.PROCESS_KEY, Map.of(
        "watchTitle", "Signature électronique qualifiée",
        "watchSummary", "Les parapheurs électroniques deviennent accessibles aux collectivités.",
        "watchSourceUrl", "https://www.ssi.gouv.fr/signature",
        "watchDomain", "SECURITY",
        "watchRelevance", "Dématérialiser les arrêtés",
        "watchInitiator", "moe"));
  }

  @Test
  void shouldStartAProjectRequestPrefilledFromTheWatchItem() {
    ProcessInstance watch = submit();
    complete(task("Task_EvaluateWatchItem", watch), withVariables("watchDecision", "PROPOSE_PROJECT"));
    ProcessInstance project = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_KEY).singleResult();
    assertThat(project).isNotNull();
    assertThat(project).variables()
        .containsEntry("projectTitle", "Signature électronique qualifiée")
        .containsEntry("projectRequester", "moe")
        .containsEntry("projectDirection", "DSI")
        .containsEntry("projectType", "SI")
        .containsEntry("estimatedBudget", 0L);
    assertThat((String) runtimeService().getVariable(project.getId(), "projectObjective"))
        .startsWith("Les parapheurs électroniques").contains("Intérêt pour la Province : Dématérialiser les arrêtés");
    assertThat(watch).variables().containsEntry("proposedProjectKey", "PRJ-2026-0042");
    assertThat(watch).hasPassed("Task_ProposeProject", "Event_ProjectProposed").isEnded();
  }

  @Test
  void shouldArchiveWithoutStartingAProject() {
    ProcessInstance watch = submit();
    complete(task("Task_EvaluateWatchItem", watch), withVariables("watchDecision", "ARCHIVE"));
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(LifecycleVariables.PROCESS_KEY).count()).isZero();
    assertThat(watch).hasPassed("Event_WatchItemArchived").hasNotPassed("Task_ProposeProject").isEnded();
  }
}
