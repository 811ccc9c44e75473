package nc.provincenord.pilotage.communication.urgent;

import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nc.provincenord.pilotage.CoverageFloor;
import nc.provincenord.pilotage.ProcessTestEngine;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.events.OnCallRosterGap;
import nc.provincenord.pilotage.communication.events.UrgentMessageAssigned;
import nc.provincenord.pilotage.communication.events.UrgentMessageClosed;
import nc.provincenord.pilotage.communication.oncall.OnCallRoster;
import nc.provincenord.pilotage.communication.oncall.OnCallWeek;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationEventPublisher;

@Deployment(resources = "processes/urgent-communication.bpmn")
class UrgentCommunicationProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.covering(
      CoverageFloor.of(UrgentVariables.PROCESS_KEY));

  static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");
  static final String HEAD_ID = "chef.comm";

  OnCallRoster roster;
  UrgentMessageRepository repository;
  List<Object> events;

  @BeforeEach
  void registerBeans() {
    Clock clock = Clock.system(NOUMEA);
    roster = mock(OnCallRoster.class);
    repository = mock(UrgentMessageRepository.class);
    events = new ArrayList<>();
    ApplicationEventPublisher publisher = events::add;
    rosterSays("astreinte", "comm");
    rememberAssignmentAndTaker();
    Mocks.register("urgentEscalation", new UrgentEscalation(Duration.ofMinutes(10)));
    Mocks.register(nc.provincenord.pilotage.process.MockedFormRegistryPlugin.NAME, nc.provincenord.pilotage.process.FormRegistry.of(new UrgentFormRules(clock)));
    Mocks.register("urgentRecord", new UrgentRecord(repository));
    Mocks.register("recordUrgentMessageDelegate", new RecordUrgentMessageDelegate(repository));
    Mocks.register("assignOnDutyAgentDelegate",
        new AssignOnDutyAgentDelegate(new OnDutyAssignment(roster, new CommunicationSettings(HEAD_ID), repository, publisher, clock)));
    UrgentSteps steps = new UrgentSteps(repository, publisher);
    Mocks.register("escalateUrgentMessageDelegate", new EscalateUrgentMessageDelegate(steps));
    Mocks.register("recordUrgentTakenDelegate", new RecordUrgentTakenDelegate(repository));
    Mocks.register("closeUrgentMessageDelegate", new CloseUrgentMessageDelegate(steps, clock));
  }

  /** The mocked repository answers the route's reads from what the steps recorded, as the table would. */
  private void rememberAssignmentAndTaker() {
    Map<String, UrgentLevels> levels = new HashMap<>();
    Map<String, String> takers = new HashMap<>();
    doAnswer(call -> levels.put(call.getArgument(0), new UrgentLevels(call.getArgument(1), call.getArgument(2), call.getArgument(3))))
        .when(repository).recordAssignment(anyString(), nullable(String.class), nullable(String.class), nullable(String.class),
            anyBoolean());
    doAnswer(call -> takers.put(call.getArgument(0), call.getArgument(1)))
        .when(repository).recordTaken(anyString(), nullable(String.class), anyString());
    doAnswer(call -> Optional.ofNullable(levels.get(call.<String>getArgument(0)))).when(repository).levels(anyString());
    doAnswer(call -> Optional.ofNullable(takers.get(call.<String>getArgument(0)))).when(repository).takenBy(anyString());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getProcessEngine().getIdentityService().clearAuthentication();
  }

  @Test
  void shouldGoToTheAgentOnDutyWhoPublishesAndCloses() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_TakeUrgentMessage");
    assertThat(task(pi)).hasCandidateUser("astreinte");
    Assertions.assertThat(engine.getProcessEngine().getTaskService().getIdentityLinksForTask(task(pi).getId()))
        .extracting(link -> link.getUserId()).containsExactly("astreinte");
    verify(repository).recordAssignment(pi.getId(), "astreinte", "comm", HEAD_ID, false);
    UrgentMessageAssigned assigned = (UrgentMessageAssigned) events.get(0);
    Assertions.assertThat(assigned.level()).isEqualTo(UrgentMessageAssigned.ON_DUTY);
    Assertions.assertThat(assigned.recipients().userIds()).containsExactly("astreinte");

    takeAndPublish(pi, "astreinte");

    verify(repository).recordTaken(pi.getId(), "astreinte", UrgentLevels.ON_DUTY);
    verify(repository).recordClosed(eq(pi.getId()), any(), eq("astreinte"));
    Assertions.assertThat(events).hasExactlyElementsOfTypes(UrgentMessageAssigned.class, UrgentMessageClosed.class);
    assertThat(pi).hasPassed("Task_TakeUrgentMessage", "Task_RecordTaken", "Task_PublishUrgentMessage", "Task_CloseUrgentMessage")
        .hasNotPassed("Task_EscalateToBackup").isEnded().hasPassed("Event_UrgentMessageClosed");
  }

  @Test
  void shouldEscalateToTheBackupAfterTheConfiguredDelay() {
    ProcessInstance pi = start();
    Job timer = job(pi);
    Assertions.assertThat(timer.getDuedate()).isBetween(Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(11)));
    execute(timer);

    assertThat(pi).isWaitingAt("Task_TakeUrgentMessageAsBackup");
    assertThat(task(pi)).hasCandidateUser("astreinte").hasCandidateUser("comm");
    verify(repository).recordEscalation(pi.getId(), UrgentLevels.BACKUP);
    UrgentMessageAssigned escalated = (UrgentMessageAssigned) events.get(1);
    Assertions.assertThat(escalated.level()).isEqualTo(UrgentMessageAssigned.BACKUP);
    Assertions.assertThat(escalated.recipients().userIds()).containsExactly("astreinte", "comm");

    when(repository.timeline(pi.getId())).thenReturn(Optional.of(timeline(true, false)));
    takeAndPublish(pi, "comm");
    verify(repository).recordTaken(pi.getId(), "comm", UrgentLevels.BACKUP);
    assertThat(pi).hasPassed("Event_NotTakenByOnDuty", "Task_EscalateToBackup", "Task_TakeUrgentMessageAsBackup")
        .hasNotPassed("Task_EscalateToHead").isEnded();
  }

  @Test
  void shouldEscalateToTheHeadOfCommunicationWhenTheBackupDoesNotTakeIt() {
    ProcessInstance pi = start();
    execute(job(pi));
    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_TakeUrgentMessageAsHead");
    assertThat(task(pi)).hasCandidateUser(HEAD_ID).hasCandidateUser("comm").hasCandidateUser("astreinte");
    verify(repository).recordEscalation(pi.getId(), UrgentLevels.HEAD);
    Assertions.assertThat(((UrgentMessageAssigned) events.get(2)).level()).isEqualTo(UrgentMessageAssigned.HEAD_OF_COMMUNICATION);

    when(repository.timeline(pi.getId())).thenReturn(Optional.of(timeline(true, true)));
    takeAndPublish(pi, HEAD_ID);
    verify(repository).recordTaken(pi.getId(), HEAD_ID, UrgentLevels.HEAD);
    assertThat(pi).hasPassed("Task_EscalateToBackup", "Task_EscalateToHead", "Task_TakeUrgentMessageAsHead").isEnded()
        .hasPassed("Event_UrgentMessageClosed");
  }

  @Test
  void shouldGoStraightToTheBackupAndReportTheGapWhenNobodyIsOnDuty() {
    when(roster.coverage(any())).thenReturn(Optional.empty());
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt("Task_TakeUrgentMessage");
    assertThat(task(pi)).hasCandidateUser(HEAD_ID);
    verify(repository).recordAssignment(pi.getId(), null, null, HEAD_ID, true);
    Assertions.assertThat(events).hasExactlyElementsOfTypes(OnCallRosterGap.class, UrgentMessageAssigned.class);
    Assertions.assertThat(((OnCallRosterGap) events.get(0)).recipients().groupIds()).containsExactly("communication");

    takeAndPublish(pi, HEAD_ID);
    assertThat(pi).isEnded();
  }

  @Test
  void shouldRefuseAnIncompleteMessageAndAPublicationTimeInTheFuture() {
    Map<String, Object> noChannel = message();
    noChannel.put(CHANNELS.name(), SpinValues.jsonValue("[]").create());
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, noChannel))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Canaux de diffusion");
    Map<String, Object> badKind = message();
    badKind.put(KIND.name(), "TSUNAMI");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, badKind))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("« TSUNAMI » n'est pas un choix possible");

    ProcessInstance pi = start();
    engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("astreinte");
    complete(task(pi));
    Map<String, Object> future = publication();
    future.put(PUBLISHED_AT.name(), OffsetDateTime.now(NOUMEA).plusHours(2).toString());
    assertThatThrownBy(() -> complete(task(pi), future))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("ne peut pas être dans le futur");
    assertThat(pi).isWaitingAt("Task_PublishUrgentMessage");
  }

  // ---- who may take and publish follows the recorded assignment, not a variable changed by a caller ----

  @Test
  void shouldEscalateToTheRecordedBackupWhenTheCandidatesVariableIsForged() {
    ProcessInstance pi = start();
    runtimeService().setVariable(pi.getId(), "urgentBackupCandidates", "demandeur");
    runtimeService().setVariable(pi.getId(), "urgentHeadCandidates", "demandeur");
    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_TakeUrgentMessageAsBackup");
    Assertions.assertThat(engine.getProcessEngine().getTaskService().getIdentityLinksForTask(task(pi).getId()))
        .extracting(link -> link.getUserId()).containsExactlyInAnyOrder("astreinte", "comm");
    Assertions.assertThat(((UrgentMessageAssigned) events.get(1)).recipients().userIds()).containsExactly("astreinte", "comm");
  }

  private void rosterSays(String onDuty, String backup) {
    when(roster.coverage(any())).thenReturn(Optional.of(new OnCallWeek(OnCallRoster.weekOf(java.time.LocalDate.now(NOUMEA)),
        onDuty, backup)));
  }

  private ProcessInstance start() {
    engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("comm");
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, message());
    verify(repository).insert(eq(pi.getId()), any(), eq("comm"));
    return pi;
  }

  private void takeAndPublish(ProcessInstance pi, String agent) {
    engine.getProcessEngine().getIdentityService().setAuthenticatedUserId(agent);
    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_PublishUrgentMessage");
    assertThat(task(pi)).isAssignedTo(agent);
    complete(task(pi), publication());
  }

  private static UrgentMessageRepository.Timeline timeline(boolean toBackup, boolean toHead) {
    OffsetDateTime now = OffsetDateTime.now(NOUMEA);
    // received an hour ago: the publication (a few minutes ago) comes after it
    return new UrgentMessageRepository.Timeline("Alerte", now.minusHours(1), "astreinte", "comm", false, toBackup ? now : null,
        toHead ? now : null, null, null, null, null, null, null, null);
  }

  static Map<String, Object> message() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(KIND.name(), "CYCLONE");
    variables.put(TITLE.name(), "Alerte cyclonique de niveau 1");
    variables.put(MESSAGE.name(), "Alerte cyclonique de niveau 1 sur la Province Nord à partir de 18 h.");
    variables.put(CHANNELS.name(), SpinValues.jsonValue("[\"WEBSITE\",\"SOCIAL_NETWORKS\"]").create());
    variables.put(SOURCE.name(), "Sécurité civile");
    return variables;
  }

  static Map<String, Object> publication() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PUBLISHED_CHANNELS.name(), SpinValues.jsonValue("[\"WEBSITE\"]").create());
    variables.put(PUBLISHED_SUMMARY.name(), "Message publié tel quel.");
    variables.put(PUBLISHED_AT.name(), OffsetDateTime.now(NOUMEA).minusMinutes(3).toString());
    return variables;
  }
}
