package nc.provincenord.pilotage.watch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;
import nc.provincenord.pilotage.CoverageFloor;
import nc.provincenord.pilotage.ProcessTestEngine;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/technology-watch.bpmn", "nc/provincenord/pilotage/watch/project-lifecycle-stand-in.bpmn"})
class TechnologyWatchProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.covering(
      CoverageFloor.of(WatchVariables.PROCESS_KEY));

  private final WatchItemRepository repository = mock(WatchItemRepository.class);

  @BeforeEach
  void registerBeans() {
    Mocks.register(nc.provincenord.pilotage.process.MockedFormRegistryPlugin.NAME, nc.provincenord.pilotage.process.FormRegistry.of(new WatchFormRules()));
    Mocks.register("recordWatchItemDelegate", new RecordWatchItemDelegate(repository));
    Mocks.register("recordWatchEvaluationDelegate", new RecordWatchEvaluationDelegate(repository));
    Mocks.register("proposeProjectDelegate", new ProposeProjectDelegate(new ProjectProposal(engine.getProcessEngine().getRuntimeService())));
    Mocks.register("giveBusinessKey", (ExecutionListener) execution -> execution.setProcessBusinessKey("PRJ-2026-0042"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void shouldArchiveWhenTheProjectManagerArchives() {
    ProcessInstance instance = submit(validItem());

    assertThat(instance).isWaitingAt("Task_EvaluateWatchItem");
    assertThat(task(instance)).hasCandidateGroup("chefs-de-projet");
    taskService().complete(task(instance).getId(), Map.of(WatchVariables.DECISION.name(), "ARCHIVE"));

    assertThat(instance).hasPassed("Task_RecordWatchItem", "Task_RecordEvaluation", "Event_WatchItemArchived").isEnded();
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_KEY).count()).as("no project started").isZero();
    verify(repository).recordDecision(eq(instance.getId()), eq(WatchDecision.ARCHIVE), eq(null), any());
  }

  @Test
  void shouldShareWithTheReferentsWithAMessage() {
    ProcessInstance instance = submit(validItem());

    taskService().complete(task(instance).getId(), Map.of(WatchVariables.DECISION.name(), "SHARE",
        WatchVariables.DECISION_COMMENT.name(), "  À tester dans les communes pilotes.  "));

    assertThat(instance).hasPassed("Event_WatchItemShared").isEnded();
    verify(repository).recordDecision(eq(instance.getId()), eq(WatchDecision.SHARE),
        eq("À tester dans les communes pilotes."), any());
  }

  @Test
  void shouldStartAProjectRequestPrefilledFromTheWatchItem() {
    Map<String, Object> item = validItem();
    item.put(WatchVariables.INITIATOR.name(), "moe");
    ProcessInstance instance = submit(item);

    taskService().complete(task(instance).getId(), Map.of(WatchVariables.DECISION.name(), "propose_project"));
    // The evaluation is committed first; the project is started by a job of its own.
    assertThat(instance).isWaitingAt("Task_ProposeProject");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_KEY).count()).isZero();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job("Task_ProposeProject", instance));

    ProcessInstance project = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_KEY).singleResult();
    assertThat(project).variables()
        .containsEntry(LifecycleVariables.TITLE.name(), "Wi-Fi 7 dans les mairies")
        .containsEntry(LifecycleVariables.REQUESTER.name(), "moe")
        .containsEntry(LifecycleVariables.DIRECTION.name(), "DSI")
        .containsEntry(LifecycleVariables.TYPE.name(), "SI")
        .containsEntry(LifecycleVariables.ESTIMATED_BUDGET.name(), 0L);
    org.assertj.core.api.Assertions.assertThat((String) runtimeService().getVariable(project.getId(), LifecycleVariables.OBJECTIVE.name()))
        .startsWith("Le nouveau standard Wi-Fi").contains("Intérêt pour la Province : Les mairies");
    assertThat(instance).variables().containsEntry(WatchVariables.PROPOSED_PROJECT.name(), "PRJ-2026-0042");
    assertThat(instance).hasPassed("Task_ProposeProject", "Event_ProjectProposed").isEnded();
  }

  @Test
  void shouldRefuseASubmissionWithoutHttpLinkAndStartNothing() {
    Map<String, Object> item = validItem();
    item.put(WatchVariables.SOURCE_URL.name(), "javascript:alert(1)");

    assertThatThrownBy(() -> submit(item))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("« Lien vers la source » doit être une adresse web");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    verify(repository, never()).insert(any(), any(), any());
  }

  @Test
  void shouldKeepTheTaskOpenWhenAShareHasNoMessage() {
    ProcessInstance instance = submit(validItem());
    String taskId = task(instance).getId();

    assertThatThrownBy(() -> taskService().complete(taskId, Map.of(WatchVariables.DECISION.name(), "SHARE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageStartingWith("Un partage avec le réseau des référents doit comporter un message");
    assertThat(instance).isWaitingAt("Task_EvaluateWatchItem");
    verify(repository, never()).recordDecision(any(), any(), any(), any());
  }

  private static ProcessInstance submit(Map<String, Object> item) {
    return runtimeService().startProcessInstanceByKey(WatchVariables.PROCESS_KEY, item);
  }

  private static Map<String, Object> validItem() {
    Map<String, Object> item = new HashMap<>();
    item.put(WatchVariables.TITLE.name(), "Wi-Fi 7 dans les mairies");
    item.put(WatchVariables.SUMMARY.name(), "Le nouveau standard Wi-Fi multiplie les débits.");
    item.put(WatchVariables.SOURCE_URL.name(), "https://www.wi-fi.org/discover-wi-fi/wi-fi-certified-7");
    item.put(WatchVariables.DOMAIN.name(), "TELECOM");
    item.put(WatchVariables.RELEVANCE.name(), "Les mairies des communes éloignées manquent de débit.");
    return item;
  }
}
