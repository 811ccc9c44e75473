package nc.provincenord.pilotage.communication.publication;

import static nc.provincenord.pilotage.communication.publication.PublicationVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.CoverageFloor;
import nc.provincenord.pilotage.ProcessTestEngine;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.WorkingDays;
import nc.provincenord.pilotage.communication.events.PublicationApprovalRequested;
import nc.provincenord.pilotage.communication.events.PublicationChangesRequested;
import nc.provincenord.pilotage.communication.events.PublicationProblemReported;
import nc.provincenord.pilotage.communication.events.PublicationPublished;
import nc.provincenord.pilotage.communication.events.PublicationRefused;
import nc.provincenord.pilotage.communication.events.PublicationReviewEscalated;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationEventPublisher;

@Deployment(resources = {"processes/publication-request.bpmn", "processes/publication-approval.dmn"})
class PublicationRequestProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.covering(
      CoverageFloor.of(PublicationVariables.PROCESS_KEY));

  static final String REQUESTER_ID = "demandeur";
  static final String HEAD_ID = "chef.comm";

  PublicationRepository repository;
  PublicationsInMemory record;
  List<Object> events;

  @BeforeEach
  void registerBeans() {
    Clock clock = Clock.system(ZoneId.of("Pacific/Noumea"));
    repository = mock(PublicationRepository.class);
    record = PublicationsInMemory.backing(repository);
    events = new ArrayList<>();
    ApplicationEventPublisher publisher = events::add;
    CommunicationSettings settings = new CommunicationSettings(HEAD_ID);
    Mocks.register("communicationSettings", settings);
    Mocks.register("publicationRecord", new PublicationRecord(repository));
    Mocks.register("workingDays", new WorkingDays(clock));
    Mocks.register("publicationSchedule", new PublicationSchedule(clock, LocalTime.of(7, 0)));
    Mocks.register(nc.provincenord.pilotage.process.MockedFormRegistryPlugin.NAME, nc.provincenord.pilotage.process.FormRegistry.of(new PublicationFormRules(clock)));
    Mocks.register("recordPublicationRequestDelegate", new RecordPublicationRequestDelegate(repository, clock));
    Mocks.register("recordPublicationRevisionDelegate", new RecordPublicationRevisionDelegate(repository, clock));
    PublicationSteps steps = new PublicationSteps(repository, publisher);
    Mocks.register("recordPublicationReviewDelegate", new RecordPublicationReviewDelegate(steps));
    Mocks.register("escalatePublicationReviewDelegate", new EscalatePublicationReviewDelegate(
        new PublicationReviewEscalation(repository, settings, engineTaskService(), publisher)));
    Mocks.register("recordPublicationApprovalLevelDelegate",
        new RecordPublicationApprovalLevelDelegate(new PublicationApprovalRouting(repository, settings, publisher)));
    Mocks.register("recordPublicationApprovalDelegate", new RecordPublicationApprovalDelegate(steps));
    Mocks.register("recordPublishedPublicationDelegate", new RecordPublishedPublicationDelegate(steps));
    Mocks.register("recordPublicationCheckDelegate", new RecordPublicationCheckDelegate(steps));
  }

  /** The test engine's task service, looked up at each call (the extension sets it after {@code @BeforeEach}). */
  private static TaskService engineTaskService() {
    return mock(TaskService.class, call -> call.getMethod().invoke(engine.getProcessEngine().getTaskService(), call.getArguments()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getProcessEngine().getIdentityService().clearAuthentication();
  }

  @Test
  void shouldPublishOnWebsiteWithoutFurtherValidationAndEndConfirmed() {
    ProcessInstance pi = start(request("[\"WEBSITE\"]", false));
    assertThat(pi).isWaitingAt("Task_ReviewPublication");
    assertThat(task(pi)).hasCandidateGroup("communication");
    Assertions.assertThat(task(pi).getDueDate()).isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofHours(47))));
    verify(repository).insert(eq(pi.getId()), any(), eq(REQUESTER_ID));

    review(pi, "ACCEPT", null);
    assertThat(pi).isWaitingAt("Event_PublicationDateReached");
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), APPROVAL_LEVEL.name())).isEqualTo("NONE");
    execute(job(pi));

    publishAndCheck(pi, "CONFIRMED", null);
    assertThat(pi).hasPassed("Task_DecideApprovalLevel", "Event_PublicationDateReached", "Task_Publish", "Task_CheckPublication")
        .hasNotPassed("Task_ApproveAsHeadOfCommunication", "Task_ApproveAsSteeringCommittee")
        .isEnded().hasPassed("Event_PublicationConfirmed");
    Assertions.assertThat(events).hasExactlyElementsOfTypes(PublicationPublished.class);
    Assertions.assertThat(((PublicationPublished) events.get(0)).recipients().userIds()).containsExactly(REQUESTER_ID);
  }

  @Test
  void shouldLoopThroughRevisionWhenChangesAreRequested() {
    ProcessInstance pi = start(request("[\"WEBSITE\"]", false));
    review(pi, "REVISE", "Ajoutez la date et le lieu de l'événement.");

    assertThat(pi).isWaitingAt("Task_RevisePublication");
    assertThat(task(pi)).isAssignedTo(REQUESTER_ID);
    Assertions.assertThat(events).hasExactlyElementsOfTypes(PublicationChangesRequested.class);
    Map<String, Object> revised = request("[\"WEBSITE\"]", false);
    revised.put(TEXT.name(), "Fête de l'igname à Koné le 15 mars, place de la mairie.");
    login(REQUESTER_ID);
    complete(task(pi), revised);

    assertThat(pi).isWaitingAt("Task_ReviewPublication");
    verify(repository).recordRevision(eq(pi.getId()), any());
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), REVIEW_DECISION.name())).isNull();
    review(pi, "REFUSE", "Sujet déjà couvert par la mairie.");
    assertThat(pi).hasPassed("Task_RevisePublication", "Task_RecordRevision").isEnded().hasPassed("Event_PublicationRefused");
  }

  @Test
  void shouldEndRefusedWithTheReasonSentToTheRequester() {
    ProcessInstance pi = start(request("[\"SOCIAL_NETWORKS\"]", false));
    review(pi, "REFUSE", "Contenu publicitaire.");

    PublicationRefused refused = (PublicationRefused) events.get(0);
    Assertions.assertThat(refused.reason()).isEqualTo("Contenu publicitaire.");
    Assertions.assertThat(refused.stage()).isEqualTo(PublicationRefused.STAGE_REVIEW);
    Assertions.assertThat(refused.recipients().userIds()).containsExactly(REQUESTER_ID);
    assertThat(pi).hasNotPassed("Task_DecideApprovalLevel").isEnded().hasPassed("Event_PublicationRefused");
  }

  @Test
  void shouldAskTheHeadOfCommunicationToValidateAnIntranetPublication() {
    ProcessInstance pi = start(request("[\"INTRANET\"]", false));
    review(pi, "ACCEPT", null);

    assertThat(pi).isWaitingAt("Task_ApproveAsHeadOfCommunication");
    assertThat(task(pi)).isAssignedTo(HEAD_ID);
    Assertions.assertThat(((PublicationApprovalRequested) events.get(0)).recipients().userIds()).containsExactly(HEAD_ID);
    login(HEAD_ID);
    complete(task(pi), Map.of(APPROVAL_DECISION.name(), "APPROVE"));

    assertThat(pi).isWaitingAt("Event_PublicationDateReached");
    execute(job(pi));
    publishAndCheck(pi, "CONFIRMED", null);
    assertThat(pi).hasPassed("Task_ApproveAsHeadOfCommunication", "Task_RecordApproval").isEnded()
        .hasPassed("Event_PublicationConfirmed");
  }

  @Test
  void shouldEndNotApprovedWhenTheSteeringCommitteeRejectsAPolicyPost() {
    ProcessInstance pi = start(request("[\"SOCIAL_NETWORKS\",\"INTRANET\"]", true));
    review(pi, "ACCEPT", null);

    assertThat(pi).isWaitingAt("Task_ApproveAsSteeringCommittee");
    assertThat(task(pi)).hasCandidateGroup("comite-pilotage");
    assertThatThrownBy(() -> complete(task(pi), Map.of(APPROVAL_DECISION.name(), "REJECT")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("doit être motivé");
    complete(task(pi), Map.of(APPROVAL_DECISION.name(), "REJECT", APPROVAL_COMMENT.name(), "Attendre le vote de l'assemblée."));

    Assertions.assertThat(events).hasExactlyElementsOfTypes(PublicationApprovalRequested.class, PublicationRefused.class);
    assertThat(pi).isEnded().hasPassed("Task_ApproveAsSteeringCommittee", "Event_PublicationNotApproved")
        .hasNotPassed("Task_Publish");
  }

  @Test
  void shouldEscalateAReviewLeftOpenForTwoWorkingDays() {
    ProcessInstance pi = start(request("[\"WEBSITE\"]", false));
    Task review = task(pi);

    execute(job(pi));

    List<IdentityLink> links = taskService().getIdentityLinksForTask(review.getId());
    Assertions.assertThat(links).anySatisfy(link -> Assertions.assertThat(link.getUserId()).isEqualTo(HEAD_ID));
    Assertions.assertThat(taskService().createTaskQuery().taskId(review.getId()).singleResult().getPriority())
        .isEqualTo(PublicationReviewEscalation.ESCALATED_PRIORITY);
    verify(repository).recordReviewEscalation(pi.getId());
    PublicationReviewEscalated escalated = (PublicationReviewEscalated) events.get(0);
    Assertions.assertThat(escalated.recipients().userIds()).containsExactly(HEAD_ID);
    assertThat(pi).hasPassed("Event_ReviewOverdue", "Task_EscalateReview", "Event_ReviewEscalated")
        .isWaitingAt("Task_ReviewPublication");

    review(pi, "REFUSE", "Hors délai de l'événement.");
    assertThat(pi).isEnded();
  }

  @Test
  void shouldSendThePublicationBackWhenTheRequesterReportsAProblem() {
    ProcessInstance pi = start(request("[\"WEBSITE\"]", false));
    review(pi, "ACCEPT", null);
    execute(job(pi));
    publishAndCheck(pi, "PROBLEM", "La photo n'apparaît pas.");

    assertThat(pi).isWaitingAt("Task_Publish");
    PublicationProblemReported problem = (PublicationProblemReported) events.get(1);
    Assertions.assertThat(problem.recipients().groupIds()).containsExactly("communication");
    publishAndCheck(pi, "CONFIRMED", null);
    assertThat(pi).isEnded().hasPassed("Event_PublicationConfirmed");
  }

  @Test
  void shouldRefuseAnIncompleteOrPastRequestInFrench() {
    Map<String, Object> noChannel = request("[]", false);
    assertThatThrownBy(() -> start(noChannel)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Cochez au moins une valeur pour « Canaux de publication »");

    Map<String, Object> past = request("[\"WEBSITE\"]", false);
    past.put(DESIRED_DATE.name(), LocalDate.now(ZoneId.of("Pacific/Noumea")).minusDays(1).toString());
    assertThatThrownBy(() -> start(past)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("est passée");

    Map<String, Object> badLink = request("[\"WEBSITE\"]", false);
    badLink.put(MEDIA_LINKS.name(), "https://sharepoint.province-nord.nc/photo.jpg\nphoto.jpg");
    assertThatThrownBy(() -> start(badLink)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("« photo.jpg »");
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  // ---- the level and the route follow the recorded request, not a variable changed by a caller ----

  @Test
  void shouldAskTheCommitteeForAPolicyPostWhoseDecisionInputsAreForged() {
    ProcessInstance pi = start(request("[\"WEBSITE\"]", true));
    runtimeService().setVariable(pi.getId(), ENGAGES_POLICY.name(), false);
    runtimeService().setVariable(pi.getId(), ON_WEBSITE.name(), false);
    review(pi, "ACCEPT", null);
    Assertions.assertThat(record.approvalLevel(pi.getId())).isEqualTo("STEERING_COMMITTEE");
    assertThat(pi).isWaitingAt("Task_ApproveAsSteeringCommittee").hasNotPassed("Event_PublicationDateReached");
  }

  private ProcessInstance start(Map<String, Object> variables) {
    login(REQUESTER_ID);
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
  }

  private void review(ProcessInstance pi, String decision, String comment) {
    assertThat(pi).isWaitingAt("Task_ReviewPublication");
    login("comm");
    Map<String, Object> variables = new HashMap<>();
    variables.put(REVIEW_DECISION.name(), decision);
    variables.put(REVIEW_COMMENT.name(), comment);
    complete(task(pi), variables);
  }

  private void publishAndCheck(ProcessInstance pi, String result, String comment) {
    assertThat(pi).isWaitingAt("Task_Publish");
    login("comm");
    complete(task(pi), Map.of(PUBLISHED_URL.name(), "https://www.province-nord.nc/actualites/fete-igname"));
    assertThat(pi).isWaitingAt("Task_CheckPublication");
    assertThat(task(pi)).isAssignedTo(REQUESTER_ID);
    login(REQUESTER_ID);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CHECK_RESULT.name(), result);
    variables.put(CHECK_COMMENT.name(), comment);
    complete(task(pi), variables);
  }

  private void login(String userId) {
    engine.getProcessEngine().getIdentityService().setAuthenticatedUserId(userId);
  }

  static Map<String, Object> request(String channelsJson, boolean engagesPolicy) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TITLE.name(), "Fête de l'igname");
    variables.put(TEXT.name(), "La fête de l'igname aura lieu à Koné.");
    variables.put(CHANNELS.name(), SpinValues.jsonValue(channelsJson).create());
    variables.put(AUDIENCE.name(), "Grand public");
    variables.put(ENGAGES_POLICY.name(), engagesPolicy);
    variables.put(DESIRED_DATE.name(), LocalDate.now(ZoneId.of("Pacific/Noumea")).plusDays(3).toString());
    variables.put(MEDIA_LINKS.name(), "https://sharepoint.province-nord.nc/sites/com/affiche.jpg");
    return variables;
  }
}
