package nc.provincenord.pilotage.network;

import nc.provincenord.pilotage.reference.CommuneRepository;
import static nc.provincenord.pilotage.network.MeetingVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nc.provincenord.pilotage.CoverageFloor;
import nc.provincenord.pilotage.ProcessTestEngine;
import nc.provincenord.pilotage.network.events.ReferentActionAssigned;
import nc.provincenord.pilotage.network.events.ReferentMeetingInvitation;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationEventPublisher;

@Deployment(resources = "processes/referent-meeting.bpmn")
class ReferentMeetingProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.covering(
      CoverageFloor.of(MeetingVariables.PROCESS_KEY));

  static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");
  static final String DUE = LocalDate.now(NOUMEA).plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));

  MeetingRepository repository;
  List<Object> events;
  Map<String, ActionItem> actions;

  @BeforeEach
  void registerBeans() {
    Clock clock = Clock.system(NOUMEA);
    repository = mock(MeetingRepository.class);
    actions = new HashMap<>();
    when(repository.recordMinutes(anyString(), anyString(), any(), any())).thenAnswer(call -> {
      List<ActionItem> items = call.getArgument(3);
      List<String> ids = new ArrayList<>();
      for (ActionItem item : items) {
        String id = "action-" + (actions.size() + 1);
        actions.put(id, item);
        ids.add(id);
      }
      return ids;
    });
    when(repository.action(anyString())).thenAnswer(call -> Optional.ofNullable(actions.get((String) call.getArgument(0))));
    events = new ArrayList<>();
    ApplicationEventPublisher publisher = events::add;
    CommuneRepository communes = mock(CommuneRepository.class);
    when(communes.namesByInseeCode()).thenReturn(Map.of("98811", "Koné", "98812", "Koumac"));
    MeetingPlaces places = new MeetingPlaces(communes);
    Mocks.register(nc.provincenord.pilotage.process.MockedFormRegistryPlugin.NAME, nc.provincenord.pilotage.process.FormRegistry.of(new MeetingFormRules(clock, places, repository)));
    Mocks.register("recordMeetingDelegate", new RecordMeetingDelegate(repository, clock, places));
    MeetingSteps steps = new MeetingSteps(repository, places, publisher);
    Mocks.register("inviteReferentsDelegate", new InviteReferentsDelegate(steps));
    Mocks.register("recordMinutesDelegate", new RecordMinutesDelegate(steps, clock));
    Mocks.register("prepareReferentActionListener", new PrepareReferentActionListener(repository));
    Mocks.register("closeMeetingDelegate", new CloseMeetingDelegate(repository));
    IdentityService identity = engine.getProcessEngine().getIdentityService();
    for (String id : List.of("cdp", "referent", "moe")) {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        identity.saveUser(user);
      }
    }
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getProcessEngine().getIdentityService().clearAuthentication();
  }

  @Test
  void shouldInviteTheReferentsAndCreateOneTaskPerActionUntilAllAreDoneOrCancelled() {
    ProcessInstance pi = start(plan("98811", null));
    verify(repository).insert(eq(pi.getId()), any(), eq("cdp"));
    verify(repository).recordInvited(pi.getId());
    ReferentMeetingInvitation invitation = (ReferentMeetingInvitation) events.get(0);
    Assertions.assertThat(invitation.place()).isEqualTo("Koné");
    Assertions.assertThat(invitation.recipientGroupIds()).containsExactly("referents");
    assertThat(pi).isWaitingAt("Task_ReadInvitation", "Task_WriteMinutes");
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReadInvitation").singleResult())
        .hasCandidateGroup("referents");

    writeMinutes(pi, "Mettre à jour la page de la commune ; referent ; " + DUE + "\nInstaller la borne wifi ; moe ; " + DUE);

    List<Task> actionTasks = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_CompleteAction").orderByTaskAssignee().asc().list();
    Assertions.assertThat(actionTasks).extracting(Task::getAssignee).containsExactly("moe", "referent");
    Assertions.assertThat(actionTasks).extracting(Task::getName)
        .containsExactly("Action : Installer la borne wifi", "Action : Mettre à jour la page de la commune");
    Assertions.assertThat(events).filteredOn(ReferentActionAssigned.class::isInstance).hasSize(2);

    engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("moe");
    assertThatThrownBy(() -> complete(actionTasks.get(0), Map.of(ACTION_OUTCOME.name(), "CANCELLED")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("doit être justifiée");
    complete(actionTasks.get(0), Map.of(ACTION_OUTCOME.name(), "CANCELLED", ACTION_COMMENT.name(), "Borne déjà installée par la commune."));
    verify(repository).recordActionOutcome("action-2", "CANCELLED", "Borne déjà installée par la commune.", "moe");
    assertThat(pi).isWaitingAt("Task_CompleteAction");

    engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("referent");
    complete(actionTasks.get(1), Map.of(ACTION_OUTCOME.name(), "DONE"));
    verify(repository).recordActionOutcome("action-1", "DONE", null, "referent");
    verify(repository).close(pi.getId());
    assertThat(pi).hasPassed("Task_CompleteAction", "Task_CloseMeeting", "Event_MeetingClosed").isNotEnded();

    execute(job(pi));
    assertThat(pi).hasPassed("Event_MeetingStarted", "Event_InvitationExpired").isEnded();
  }

  @Test
  void shouldCloseRightAwayWhenNoActionWasDecided() {
    ProcessInstance pi = start(plan("VISIO", "https://teams.microsoft.com/l/meetup-join/reseau"));
    engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("referent");
    complete(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReadInvitation").singleResult());
    writeMinutes(pi, "");

    verify(repository).close(pi.getId());
    assertThat(pi).hasPassed("Event_InvitationRead", "Gateway_HasActions", "Event_MeetingClosed")
        .hasNotPassed("Task_CompleteAction").isEnded();
  }

  @Test
  void shouldRefuseAnIncompletePlanInFrench() {
    assertThatThrownBy(() -> start(plan("VISIO", null))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("doit indiquer le « Lien de la visioconférence »");
    assertThatThrownBy(() -> start(plan("98999", null))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("n'est ni une commune de la Province Nord");
    Map<String, Object> past = plan("98811", null);
    past.put(STARTS_AT.name(), OffsetDateTime.now(NOUMEA).minusDays(1).toString());
    assertThatThrownBy(() -> start(past)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("dans le futur");
  }

  @Test
  void shouldRefuseActionLinesWithoutOwnerDateOrFormat() {
    ProcessInstance pi = start(plan("98812", null));
    assertThatThrownBy(() -> writeMinutes(pi, "Mettre à jour la page ; inconnu ; " + DUE))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("« inconnu » n'est pas un utilisateur connu");
    assertThatThrownBy(() -> writeMinutes(pi, "Mettre à jour la page ; referent"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Action n° 1")
        .hasMessageContaining("quoi ; identifiant du responsable ; échéance JJ/MM/AAAA");
    assertThatThrownBy(() -> writeMinutes(pi, "A ; referent ; " + DUE + "\nB ; referent ; 01/01/2001"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Action n° 2").hasMessageContaining("échéance est passée");
    assertThat(pi).isWaitingAt("Task_WriteMinutes", "Task_ReadInvitation");
  }

  private ProcessInstance start(Map<String, Object> variables) {
    engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("cdp");
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
  }

  private void writeMinutes(ProcessInstance pi, String actionLines) {
    Task minutes = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_WriteMinutes").singleResult();
    assertThat(minutes).isAssignedTo("cdp");
    engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("cdp");
    complete(minutes, Map.of(MINUTES.name(), "Point sur le déploiement du portail.", ACTIONS.name(), actionLines));
  }

  static Map<String, Object> plan(String place, String videoLink) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TITLE.name(), "Réunion trimestrielle des référents");
    variables.put(STARTS_AT.name(), OffsetDateTime.now(NOUMEA).plusDays(7).withNano(0).toString());
    variables.put(PLACE.name(), place);
    variables.put(VIDEO_LINK.name(), videoLink);
    variables.put(AGENDA.name(), "1. Portail SharePoint\n2. Questions diverses");
    return variables;
  }
}
