package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.steering.BudgetLine;
import nc.provincenord.pilotage.steering.Milestone;
import nc.provincenord.pilotage.steering.PlanEntry;
import nc.provincenord.pilotage.steering.ProjectPlan;
import nc.provincenord.pilotage.steering.Risk;
import nc.provincenord.pilotage.steering.StatusEntry;

import nc.provincenord.pilotage.reference.CommuneRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.CoverageFloor;
import nc.provincenord.pilotage.ProcessTestEngine;
import nc.provincenord.pilotage.lifecycle.events.ApprovalEscalated;
import nc.provincenord.pilotage.lifecycle.events.ApprovalReminder;
import nc.provincenord.pilotage.lifecycle.events.ProjectApproved;
import nc.provincenord.pilotage.lifecycle.events.ProjectClosed;
import nc.provincenord.pilotage.lifecycle.events.ProjectPostponed;
import nc.provincenord.pilotage.lifecycle.events.ProjectRequestRefused;
import nc.provincenord.pilotage.lifecycle.events.ProjectTurnedRed;
import nc.provincenord.pilotage.lifecycle.events.ProjectWithdrawn;
import nc.provincenord.pilotage.notification.Recipient;
import nc.provincenord.pilotage.steering.SteeringVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"processes/project-lifecycle.bpmn", "processes/change-management.bpmn", "processes/project-governance.dmn"})
class ProjectLifecycleProcessTest {

  @org.junit.jupiter.api.extension.RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.covering(
      CoverageFloor.of(LifecycleVariables.PROCESS_KEY),
      CoverageFloor.of(LifecycleVariables.CHANGE_MANAGEMENT_KEY));

  static final String KEY = "PRJ-2026-0001";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Pacific/Noumea"));

  ProcessEngine processEngine;
  final ProjectPortfolio portfolio = mock(ProjectPortfolio.class);
  final nc.provincenord.pilotage.steering.PlanRepository plans = mock(nc.provincenord.pilotage.steering.PlanRepository.class);
  final nc.provincenord.pilotage.steering.PlanValidation steering = new nc.provincenord.pilotage.steering.PlanValidation();
  final List<Object> events = new ArrayList<>();
  PortfolioInMemory record;
  int closingReportAttempts;
  boolean closingReportFails;

  @BeforeEach
  void registerBeans() {
    Clock clock = Clock.system(ZoneId.of("Pacific/Noumea"));
    CommuneRepository communes = mock(CommuneRepository.class);
    Map<String, String> names = new LinkedHashMap<>();
    names.put("98811", "Koné");
    names.put("98812", "Koumac");
    names.put("98831", "Voh");
    names.put("98801", "Belep");
    names.put("98804", "Canala");
    when(communes.namesByInseeCode()).thenReturn(names);
    record = PortfolioInMemory.backing(portfolio);
    ProjectNumbering numbering = mock(ProjectNumbering.class);
    when(numbering.next()).thenReturn(KEY);
    when(portfolio.planFigures(anyString())).thenReturn(new ProjectPortfolio.PlanFigures(10_000_000, TODAY.plusMonths(6)));
    when(portfolio.lastRefusal(anyString())).thenReturn(new ProjectPortfolio.Decision(ProjectStage.ANALYSIS, "Hors périmètre", "cdp"));
    when(portfolio.currentStage(anyString())).thenReturn(ProjectStage.VALIDATION);
    when(portfolio.recordClosure(anyString(), anyString(), any())).thenReturn(new ProjectPortfolio.ClosingFigures(10_000_000, 9_000_000L,
        TODAY.plusMonths(6), TODAY.plusMonths(6), Map.of()));
    LifecycleSettings settings = LifecycleSettings.defaults();
    LifecycleForms forms = new LifecycleForms(communes,
        new Directions(List.of(new Directions.Direction("DSI", "Direction des systèmes d'information"))), settings, clock,
        steering, plans);
    plansInMemory();
    org.springframework.context.ApplicationEventPublisher publisher = events::add;
    ApprovalFollowUp followUp = new ApprovalFollowUp(portfolio, publisher, clock);
    Mocks.register("openProjectListener", new OpenProjectListener(forms, numbering, portfolio));
    Mocks.register("projectStage", new ProjectStageListener(portfolio));
    Mocks.register(nc.provincenord.pilotage.process.MockedFormRegistryPlugin.NAME, nc.provincenord.pilotage.process.FormRegistry.of(forms));
    Mocks.register("projectDecisions", new ProjectDecisions(portfolio));
    Mocks.register("projectRecord", new ProjectRecord(portfolio));
    Mocks.register("recordNeedsAnalysisDelegate", new RecordNeedsAnalysisDelegate(portfolio));
    Mocks.register("refuseProjectDelegate", new RefuseProjectDelegate(new ProjectRefusal(portfolio, publisher)));
    Mocks.register("recordTrackDelegate", new RecordTrackDelegate(portfolio));
    Mocks.register("recordSpecificationDelegate", new RecordSpecificationDelegate(portfolio));
    Mocks.register("setApprovalDeadlineDelegate", new SetApprovalDeadlineDelegate(settings, clock));
    Mocks.register("recordValidationDelegate", new RecordValidationDelegate(new ValidationRule(portfolio, settings), portfolio));
    Mocks.register("remindApproversDelegate", new RemindApproversDelegate(followUp));
    Mocks.register("escalateApprovalDelegate", new EscalateApprovalDelegate(followUp));
    Mocks.register("postponeProjectDelegate", new PostponeProjectDelegate(new ProjectPostponement(publisher, clock)));
    Mocks.register("approveProjectDelegate", new ApproveProjectDelegate(new ProjectApproval(portfolio, publisher)));
    Mocks.register("recordPlanDelegate", new RecordPlanDelegate(portfolio, settings, steering, plans));
    Mocks.register("recordStatusReportDelegate", new RecordStatusReportDelegate(
        new StatusReporting(portfolio, new HealthService(HealthThresholds.defaults()), plans), steering, plans, clock));
    Mocks.register("prepareStatusReportListener", new PrepareStatusReportListener(steering, plans));
    Mocks.register("alertCommitteeDelegate", new AlertCommitteeDelegate(new RedHealthAlert(portfolio, publisher)));
    Mocks.register("openRolloutSiteListener", new OpenRolloutSiteListener(communes));
    Mocks.register("closeProjectDelegate", new CloseProjectDelegate(new ProjectClosing(portfolio, publisher)));
    Mocks.register("buildClosingReportDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
      closingReportAttempts++;
      if (closingReportFails) {
        throw new IllegalStateException("PDF impossible");
      }
    });
    Mocks.register("withdrawProjectDelegate", new WithdrawProjectDelegate(new WithdrawalOutcome(portfolio, processEngine.getHistoryService(), publisher)));
    Mocks.register("recordAdoptionCheckDelegate", new RecordAdoptionCheckDelegate(new AdoptionCheck(portfolio, settings)));
    processEngine.getIdentityService().setAuthenticatedUserId("cdp");
  }

  /** The steering tables of the one project, kept in memory: what the planning records, the reports update. */
  private final java.util.concurrent.atomic.AtomicReference<ProjectPlan> stored = new java.util.concurrent.atomic.AtomicReference<>(ProjectPlan.empty());

  private void plansInMemory() {
    when(plans.planOf(anyString())).thenAnswer(call -> stored.get());
    org.mockito.Mockito.doAnswer(call -> {
      PlanEntry entry = call.getArgument(1);
      stored.set(new ProjectPlan(entry.milestones(), entry.team(), List.of(), entry.budgetLines()));
      return null;
    }).when(plans).recordPlan(anyString(), any());
    org.mockito.Mockito.doAnswer(call -> {
      StatusEntry entry = call.getArgument(1);
      ProjectPlan plan = stored.get();
      List<Milestone> milestones = plan.milestones().stream().map(m -> entry.milestones().stream()
          .filter(p -> p.position() == m.position()).findFirst()
          .map(p -> new Milestone(m.position(), m.name(), m.deliverable(), m.plannedDate(), p.forecastDate(), p.actualDate()))
          .orElse(m)).toList();
      List<Risk> risks = entry.risks().stream().map(r -> new Risk(0, r.title(), r.probability(), r.impact(), r.owner(),
          r.mitigation(), r.status())).toList();
      List<BudgetLine> lines = plan.budgetLines().stream().map(l -> entry.consumption().stream()
          .filter(c -> c.year() == l.year() && c.nature() == l.nature()).findFirst()
          .map(c -> new BudgetLine(l.year(), l.nature(), l.plannedAmount(), c.consumedAmount())).orElse(l)).toList();
      stored.set(new ProjectPlan(milestones, plan.team(), risks, lines));
      return null;
    }).when(plans).recordStatus(anyString(), any());
  }

  private static org.camunda.bpm.engine.variable.value.TypedValue rows(String json) {
    return SpinValues.jsonValue(json.replace('\'', '"')).create();
  }

  private void fileStatusReport(ProcessInstance pi, long progress, String consumption, String milestones, String risks) {
    execute(job("Event_ReportingCycleDue", pi));
    complete(task("Task_FileStatusReport", pi), withVariables(LifecycleVariables.PROGRESS_PERCENT.name(), progress,
        LifecycleVariables.FORECAST_END_DATE.name(), TODAY.plusMonths(6).toString(), LifecycleVariables.QUALITY_ISSUES.name(), 0L,
        SteeringVariables.BUDGET_CONSUMPTION.name(), rows(consumption), SteeringVariables.MILESTONE_PROGRESS.name(), rows(milestones), SteeringVariables.RISK_REGISTER.name(), rows(risks)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  // ---- the scenario's steps ----

  private ProcessInstance request(long budget, String... communes) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(LifecycleVariables.TITLE.name(), "Numérisation des archives");
    variables.put(LifecycleVariables.OBJECTIVE.name(), "Consulter les archives en ligne");
    variables.put(LifecycleVariables.DIRECTION.name(), "DSI");
    variables.put(LifecycleVariables.TYPE.name(), "SI");
    variables.put(LifecycleVariables.ESTIMATED_BUDGET.name(), budget);
    variables.put(LifecycleVariables.COMMUNES.name(), SpinValues.jsonValue(json(communes)).create());
    variables.put(LifecycleVariables.REQUESTER.name(), "demandeur");
    return runtimeService().startProcessInstanceByKey(LifecycleVariables.PROCESS_KEY, variables);
  }

  private static String json(String... values) {
    return "[" + String.join(",", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList()) + "]";
  }

  private void qualify(ProcessInstance pi, long budget, long months) {
    complete(task("Task_AnalyseNeeds", pi), withVariables(LifecycleVariables.ANALYSIS_DECISION.name(), "QUALIFY", LifecycleVariables.STAKEHOLDERS.name(), "DSI", LifecycleVariables.NEEDS.name(), "Archives",
        LifecycleVariables.ESTIMATED_BUDGET.name(), budget, LifecycleVariables.DURATION_MONTHS.name(), months));
  }

  private void writeSpecification(ProcessInstance pi) {
    complete(task("Task_WriteSpecification", pi), withVariables(LifecycleVariables.SPEC_DOCUMENT_URL.name(), "https://sharepoint.province-nord.nc/cdc.docx",
        LifecycleVariables.SPEC_VERSION.name(), "1.0", LifecycleVariables.SPEC_SUMMARY.name(), "GED et portail"));
  }

  private void validate(ProcessInstance pi, String moa, String moe) {
    complete(task("Task_ValidateSpecification", pi), withVariables(LifecycleVariables.MOA_DECISION.name(), moa, LifecycleVariables.MOA_COMMENT.name(), "Avis MOA"));
    if (moe != null) {
      complete(task("Task_GiveTechnicalOpinion", pi), withVariables(LifecycleVariables.MOE_DECISION.name(), moe, LifecycleVariables.MOE_COMMENT.name(), "Avis MOE"));
    }
  }

  private void plan(ProcessInstance pi, boolean changeManagement, String... sites) {
    complete(task("Task_PlanProject", pi), withVariables(SteeringVariables.PLANNED_MILESTONES.name(), SpinValues.jsonValue("[{\"name\":\"Recette\",\"plannedDate\":\""
        + TODAY.plusMonths(3) + "\"}]").create(), SteeringVariables.BUDGET_LINES.name(), SpinValues.jsonValue("[{\"year\":" + TODAY.getYear()
        + ",\"nature\":\"INVESTMENT\",\"plannedAmount\":10000000}]").create(), LifecycleVariables.PLANNED_BUDGET.name(), 10_000_000L,
        LifecycleVariables.PLANNED_START_DATE.name(), TODAY.toString(), LifecycleVariables.PLANNED_END_DATE.name(), TODAY.plusMonths(6).toString(),
        LifecycleVariables.ROLLOUT_COMMUNES.name(), SpinValues.jsonValue(json(sites)).create(), LifecycleVariables.CHANGE_MANAGEMENT_NEEDED.name(), changeManagement));
  }

  private void deliverAndAccept(ProcessInstance pi) {
    complete(task("Task_SteerDelivery", pi), withVariables(LifecycleVariables.DELIVERY_NOTES.name(), "Livré"));
    complete(task("Task_AcceptDelivery", pi), withVariables(LifecycleVariables.ACCEPTANCE_DECISION.name(), "ACCEPT"));
  }

  private void close(ProcessInstance pi) {
    completeClosureForm(pi);
    execute(job("Task_BuildClosingReport", pi));
  }

  /** The project manager's closure form: committed before the closing PDF, which waits in a job of its own. */
  private void completeClosureForm(ProcessInstance pi) {
    complete(task("Task_CloseProject", pi), withVariables(LifecycleVariables.LESSONS_LEARNED.name(), "RAS", LifecycleVariables.ACTUAL_END_DATE.name(), TODAY.plusMonths(6).toString()));
    assertThat(pi).hasPassed("Task_RecordClosure").isWaitingAt("Task_BuildClosingReport");
    assertThat(closingReportAttempts).isZero();
  }

  /** From « Planifier le projet » to the closure: no rollout site, no change management. */
  private void finish(ProcessInstance pi) {
    plan(pi, false);
    deliverAndAccept(pi);
    close(pi);
  }

  private ProcessInstance toPlanning(long budget, long months, String track, String... communes) {
    ProcessInstance pi = request(budget, communes);
    qualify(pi, budget, months);
    writeSpecification(pi);
    validate(pi, "APPROVE", "LIGHT".equals(track) ? null : "APPROVE");
    if ("MAJOR".equals(track)) {
      complete(task("Task_Arbitrate", pi), withVariables(LifecycleVariables.ARBITRATION_DECISION.name(), "APPROVE", LifecycleVariables.ALLOCATED_BUDGET.name(), budget,
          LifecycleVariables.PRIORITY.name(), "MEDIUM"));
    }
    return pi;
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> eventsOf(Class<T> type) {
    return (List<T>) events.stream().filter(type::isInstance).toList();
  }

  // ---- one test per path ----

  @Test
  void shouldGiveTheBusinessKeyAndRecordTheRequestStage() {
    ProcessInstance pi = request(1_000_000, "98811");
    assertThat(pi.getBusinessKey()).isEqualTo(KEY);
    verify(portfolio).open(eq(KEY), eq(pi.getId()), any(), eq("demandeur"));
    verify(portfolio).enterStage(KEY, ProjectStage.REQUEST, false);
    verify(portfolio).enterStage(KEY, ProjectStage.ANALYSIS, false);
    assertThat(pi).isWaitingAt("Task_AnalyseNeeds").task().hasCandidateGroup("chefs-de-projet");
  }

  @Test
  void shouldRefuseTheRequestAtAnalysis() {
    ProcessInstance pi = request(1_000_000, "98811");
    complete(task("Task_AnalyseNeeds", pi), withVariables(LifecycleVariables.ANALYSIS_DECISION.name(), "REFUSE", LifecycleVariables.REFUSAL_REASON.name(), "Hors périmètre"));
    assertThat(eventsOf(ProjectRequestRefused.class)).singleElement()
        .satisfies(refused -> {
          assertThat(refused.reason()).isEqualTo("Hors périmètre");
          assertThat(refused.recipients()).contains(Recipient.user("demandeur"));
        });
    verify(portfolio).finish(KEY, Choices.ProjectStatus.REFUSED);
    assertThat(pi).hasPassed("Task_NotifyRefusal", "Event_ProjectRefused").hasNotPassed("Task_DecideGovernance").isEnded();
  }

  @Test
  void shouldValidateWithTheMoaOnlyOnTheLightTrack() {
    ProcessInstance pi = request(1_000_000, "98811");
    qualify(pi, 1_000_000, 2);
    assertThat(pi).variables().containsEntry(LifecycleVariables.TRACK.name(), "LIGHT");
    writeSpecification(pi);
    assertThat(taskQuery().processInstanceId(pi.getId()).list()).extracting(Task::getTaskDefinitionKey)
        .containsExactly("Task_ValidateSpecification");
    validate(pi, "APPROVE", null);
    plan(pi, false);
    deliverAndAccept(pi);
    close(pi);
    assertThat(eventsOf(ProjectApproved.class)).hasSize(1);
    assertThat(eventsOf(ProjectClosed.class)).hasSize(1);
    assertThat(pi).hasPassed("Task_ValidateSpecification", "Task_ApproveProject", "Task_RecordClosure", "Event_ProjectClosed")
        .hasNotPassed("Task_GiveTechnicalOpinion", "Task_Arbitrate", "Task_InstallOnSite", "Task_ManageChange").isEnded();
  }

  @Test
  void shouldKeepTheClosureWhenTheClosingReportFailsAndRetryItThreeTimes() {
    ProcessInstance pi = request(1_000_000, "98811");
    qualify(pi, 1_000_000, 2);
    writeSpecification(pi);
    validate(pi, "APPROVE", null);
    plan(pi, false);
    deliverAndAccept(pi);
    closingReportFails = true;

    completeClosureForm(pi);

    verify(portfolio).finish(KEY, Choices.ProjectStatus.CLOSED);
    assertThat(eventsOf(ProjectClosed.class)).hasSize(1);
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    Job pdf = job("Task_BuildClosingReport", pi);
    for (int attempt = 1; attempt <= 3; attempt++) {
      String id = pdf.getId();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> processEngine.getManagementService().executeJob(id))
          .hasMessageContaining("PDF impossible");
    }
    assertThat(closingReportAttempts).isEqualTo(3);
    assertThat(processEngine.getManagementService().createJobQuery().jobId(pdf.getId()).singleResult().getRetries()).isZero();
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).activityId("Task_BuildClosingReport")
        .count()).isEqualTo(1);
    assertThat(pi).isWaitingAt("Task_BuildClosingReport");

    closingReportFails = false;
    processEngine.getManagementService().setJobRetries(pdf.getId(), 1);
    execute(job("Task_BuildClosingReport", pi));
    assertThat(pi).hasPassed("Task_BuildClosingReport", "Event_ProjectClosed").isEnded();
  }

  @Test
  void shouldValidateWithMoaAndMoeOnTheStandardTrack() {
    ProcessInstance pi = toPlanning(10_000_000, 6, "STANDARD", "98811", "98812");
    assertThat(pi).variables().containsEntry(LifecycleVariables.TRACK.name(), "STANDARD");
    assertThat(pi).isWaitingAt("Task_PlanProject");
    finish(pi);
    assertThat(pi).hasPassed("Task_ValidateSpecification", "Task_GiveTechnicalOpinion", "Task_ApproveProject", "Event_ProjectClosed")
        .hasNotPassed("Task_Arbitrate").isEnded();
  }

  @Test
  void shouldGoThroughArbitrationOnTheMajorTrack() {
    ProcessInstance pi = toPlanning(60_000_000, 10, "MAJOR", "98811");
    verify(portfolio).recordArbitration(KEY, 60_000_000L, "MEDIUM");
    assertThat(eventsOf(ProjectApproved.class)).singleElement().satisfies(approved -> assertThat(approved.allocatedBudget()).isEqualTo(60_000_000L));
    assertThat(pi).hasPassed("Task_Arbitrate", "Task_ApproveProject").isWaitingAt("Task_PlanProject");
    finish(pi);
    assertThat(pi).hasPassed("Event_ProjectClosed").isEnded();
  }

  @Test
  void shouldLoopBackOnRevisionAndEscalateTheFourthToTheCommittee() {
    ProcessInstance pi = request(10_000_000, "98811", "98812");
    qualify(pi, 10_000_000, 6);
    for (int revision = 1; revision <= 3; revision++) {
      writeSpecification(pi);
      validate(pi, "REVISE", "APPROVE");
      assertThat(pi).isWaitingAt("Task_WriteSpecification").variables().containsEntry(LifecycleVariables.REVISION_COUNT.name(), (long) revision);
    }
    writeSpecification(pi);
    validate(pi, "APPROVE", "REVISE");
    assertThat(pi).isWaitingAt("Task_ReviewRevisions").task().hasCandidateGroup("comite-pilotage");
    complete(task("Task_ReviewRevisions", pi), withVariables(LifecycleVariables.COMMITTEE_DECISION.name(), "APPROVE"));
    assertThat(pi).hasPassed("Task_ReviewRevisions", "Task_ApproveProject").isWaitingAt("Task_PlanProject");
    finish(pi);
    assertThat(pi).hasPassed("Event_ProjectClosed").isEnded();
  }

  private ProcessInstance toCommitteeReview() {
    ProcessInstance pi = request(10_000_000, "98811", "98812");
    qualify(pi, 10_000_000, 6);
    for (int revision = 1; revision <= 4; revision++) {
      writeSpecification(pi);
      validate(pi, "REVISE", "APPROVE");
    }
    assertThat(pi).isWaitingAt("Task_ReviewRevisions");
    return pi;
  }

  @Test
  void shouldSendTheSpecificationBackWhenTheCommitteeAsksForARevision() {
    ProcessInstance pi = toCommitteeReview();
    complete(task("Task_ReviewRevisions", pi), withVariables(LifecycleVariables.COMMITTEE_DECISION.name(), "REVISE",
        LifecycleVariables.COMMITTEE_COMMENT.name(), "Chiffrer la reprise des archives"));
    assertThat(pi).isWaitingAt("Task_WriteSpecification");
    writeSpecification(pi);
    validate(pi, "APPROVE", "APPROVE");
    finish(pi);
    assertThat(eventsOf(ProjectApproved.class)).hasSize(1);
    assertThat(pi).hasPassed("Task_ReviewRevisions", "Task_ApproveProject", "Event_ProjectClosed")
        .hasNotPassed("Task_NotifyRefusal").isEnded();
  }

  @Test
  void shouldEndTheProjectWhenTheCommitteeRejectsTheRevisedSpecification() {
    ProcessInstance pi = toCommitteeReview();
    complete(task("Task_ReviewRevisions", pi), withVariables(LifecycleVariables.COMMITTEE_DECISION.name(), "REJECT",
        LifecycleVariables.COMMITTEE_COMMENT.name(), "Besoin non stabilisé"));
    assertThat(eventsOf(ProjectRequestRefused.class)).singleElement()
        .satisfies(refused -> assertThat(refused.recipients()).contains(Recipient.user("demandeur")));
    verify(portfolio).finish(KEY, Choices.ProjectStatus.REFUSED);
    assertThat(pi).hasPassed("Task_ReviewRevisions", "Task_NotifyRefusal", "Event_ProjectRefused")
        .hasNotPassed("Task_ApproveProject", "Task_PlanProject").isEnded();
  }

  @Test
  void shouldRemindTheCommitteeBeforeTheArbitrationDueDate() {
    ProcessInstance pi = request(60_000_000, "98811");
    qualify(pi, 60_000_000, 10);
    writeSpecification(pi);
    validate(pi, "APPROVE", "APPROVE");
    assertThat(task("Task_Arbitrate", pi).getDueDate()).isNotNull();
    execute(job("Event_ArbitrationReminderDue", pi));
    assertThat(eventsOf(ApprovalReminder.class)).singleElement().satisfies(reminder -> {
      assertThat(reminder.recipients()).containsExactly(Recipient.group("comite-pilotage"));
      assertThat(reminder.pendingTasks()).containsExactly("Arbitrer le projet");
    });
    verify(portfolio).recordAlert(eq(KEY), eq(ProjectPortfolio.AlertKind.APPROVAL_REMINDER), any(), any(), anyString());
    assertThat(pi).hasPassed("Task_RemindArbitration", "Event_ArbitrationReminded").isWaitingAt("Task_Arbitrate");
    complete(task("Task_Arbitrate", pi), withVariables(LifecycleVariables.ARBITRATION_DECISION.name(), "APPROVE",
        LifecycleVariables.ALLOCATED_BUDGET.name(), 60_000_000L, LifecycleVariables.PRIORITY.name(), "MEDIUM"));
    finish(pi);
    assertThat(pi).hasPassed("Task_ApproveProject", "Event_ProjectClosed").hasNotPassed("Task_EscalateArbitration").isEnded();
  }

  @Test
  void shouldEscalateTheArbitrationToTheCommitteeAfterItsDueDate() {
    ProcessInstance pi = request(60_000_000, "98811");
    qualify(pi, 60_000_000, 10);
    writeSpecification(pi);
    validate(pi, "APPROVE", "APPROVE");
    execute(job("Event_ArbitrationOverdue", pi));
    assertThat(eventsOf(ApprovalEscalated.class)).singleElement().satisfies(escalated -> {
      assertThat(escalated.recipients()).containsExactly(Recipient.group("comite-pilotage"));
      assertThat(escalated.pendingTasks()).containsExactly("Arbitrer le projet");
    });
    verify(portfolio).recordAlert(eq(KEY), eq(ProjectPortfolio.AlertKind.APPROVAL_ESCALATION), any(), any(), anyString());
    assertThat(pi).hasPassed("Task_EscalateArbitration", "Event_ArbitrationEscalated").isWaitingAt("Task_Arbitrate");
    complete(task("Task_Arbitrate", pi), withVariables(LifecycleVariables.ARBITRATION_DECISION.name(), "REJECT",
        LifecycleVariables.ARBITRATION_COMMENT.name(), "Hors budget"));
    assertThat(pi).hasPassed("Task_NotifyRefusal").hasNotPassed("Task_RemindArbitration").isEnded();
  }

  @Test
  void shouldEndTheProjectWhenTheRequesterWithdrawsItBeforeTheAnalysis() {
    ProcessInstance pi = request(1_000_000, "98811");
    when(portfolio.requester(any())).thenReturn(java.util.Optional.of("demandeur"));
    runtimeService().createMessageCorrelation(ProjectWithdrawal.MESSAGE).processInstanceId(pi.getId())
        .setVariable(LifecycleVariables.WITHDRAWAL_REASON.name(), "Besoin couvert par la mairie").correlateWithResult();
    verify(portfolio).recordDecision(any(), eq(DecisionKind.WITHDRAWAL), eq(null), eq(WithdrawalOutcome.DECISION),
        eq("Besoin couvert par la mairie"), eq("demandeur"));
    verify(portfolio).finish(KEY, Choices.ProjectStatus.WITHDRAWN);
    assertThat(eventsOf(ProjectWithdrawn.class)).singleElement().satisfies(withdrawn ->
        assertThat(withdrawn.recipients()).containsExactly(Recipient.group("chefs-de-projet")));
    assertThat(pi).hasPassed("Task_RecordWithdrawal", "Event_ProjectWithdrawn").hasNotPassed("Task_DecideGovernance").isEnded();
  }

  @Test
  void shouldEndTheProjectWhenTheSpecificationIsRejected() {
    ProcessInstance pi = request(10_000_000, "98811", "98812");
    qualify(pi, 10_000_000, 6);
    writeSpecification(pi);
    validate(pi, "APPROVE", "REJECT");
    assertThat(eventsOf(ProjectRequestRefused.class)).hasSize(1);
    assertThat(pi).hasPassed("Task_NotifyRefusal").hasNotPassed("Task_PlanProject").isEnded();
  }

  @Test
  void shouldComeBackToArbitrationAfterAPostponementThenApprove() {
    ProcessInstance pi = request(60_000_000, "98811");
    qualify(pi, 60_000_000, 10);
    writeSpecification(pi);
    validate(pi, "APPROVE", "APPROVE");
    complete(task("Task_Arbitrate", pi), withVariables(LifecycleVariables.ARBITRATION_DECISION.name(), "POSTPONE", LifecycleVariables.ARBITRATION_COMMENT.name(), "Budget 2027",
        LifecycleVariables.POSTPONED_UNTIL.name(), TODAY.plusMonths(2).toString()));
    assertThat(eventsOf(ProjectPostponed.class)).singleElement().satisfies(postponed ->
        assertThat(postponed.postponedUntil()).isEqualTo(TODAY.plusMonths(2)));
    assertThat(pi).isWaitingAt("Event_PostponementOver");
    execute(job("Event_PostponementOver", pi));
    complete(task("Task_Arbitrate", pi), withVariables(LifecycleVariables.ARBITRATION_DECISION.name(), "APPROVE", LifecycleVariables.ALLOCATED_BUDGET.name(), 50_000_000L,
        LifecycleVariables.PRIORITY.name(), "HIGH"));
    assertThat(pi).hasPassed("Task_NotifyPostponement", "Event_PostponementOver", "Task_ApproveProject").isWaitingAt("Task_PlanProject");
    finish(pi);
    assertThat(pi).hasPassed("Event_ProjectClosed").isEnded();
  }

  @Test
  void shouldEndTheProjectWhenTheCommitteeRejectsIt() {
    ProcessInstance pi = request(60_000_000, "98811");
    qualify(pi, 60_000_000, 10);
    writeSpecification(pi);
    validate(pi, "APPROVE", "APPROVE");
    complete(task("Task_Arbitrate", pi), withVariables(LifecycleVariables.ARBITRATION_DECISION.name(), "REJECT", LifecycleVariables.ARBITRATION_COMMENT.name(), "Pas prioritaire"));
    assertThat(pi).hasPassed("Task_Arbitrate", "Task_NotifyRefusal").hasNotPassed("Task_PlanProject").isEnded();
  }

  @Test
  void shouldSendTheDeliveryBackWhenTheRecetteHasReservations() {
    ProcessInstance pi = toPlanning(10_000_000, 6, "STANDARD", "98811");
    plan(pi, false);
    complete(task("Task_SteerDelivery", pi), withVariables(LifecycleVariables.DELIVERY_NOTES.name(), "V1"));
    complete(task("Task_AcceptDelivery", pi), withVariables(LifecycleVariables.ACCEPTANCE_DECISION.name(), "RESERVE", LifecycleVariables.ACCEPTANCE_COMMENT.name(), "Export PDF absent"));
    assertThat(pi).isWaitingAt("Task_SteerDelivery");
    deliverAndAccept(pi);
    assertThat(pi).hasPassed("Gateway_AcceptanceDecision").isWaitingAt("Task_CloseProject");
    close(pi);
    assertThat(pi).hasPassed("Event_DeliveryAccepted", "Event_ProjectClosed").isEnded();
  }

  @Test
  void shouldRollOutInEachCommuneInParallel() {
    ProcessInstance pi = toPlanning(10_000_000, 6, "STANDARD", "98811", "98812", "98831");
    plan(pi, false, "98811", "98812", "98831");
    deliverAndAccept(pi);
    List<Task> installations = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_InstallOnSite").list();
    assertThat(installations).extracting(Task::getName)
        .containsExactlyInAnyOrder("Installer à Koné", "Installer à Koumac", "Installer à Voh");
    installations.forEach(installation -> taskService().complete(installation.getId(), withVariables(LifecycleVariables.INSTALLATION_NOTES.name(), "Installé")));
    List<Task> checks = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_AcceptSite").list();
    assertThat(checks).hasSize(3).allSatisfy(check -> assertThat(check.getName()).startsWith("Vérifier le service à "));
    // one site sent back with reservations, installed again, then accepted
    taskService().complete(checks.get(0).getId(), withVariables(LifecycleVariables.SITE_DECISION.name(), "RESERVE", LifecycleVariables.SITE_COMMENT.name(), "Imprimante"));
    Task again = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_InstallOnSite").singleResult();
    taskService().complete(again.getId(), withVariables(LifecycleVariables.INSTALLATION_NOTES.name(), "Imprimante installée"));
    for (Task check : taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_AcceptSite").list()) {
      taskService().complete(check.getId(), withVariables(LifecycleVariables.SITE_DECISION.name(), "ACCEPT"));
    }
    verify(portfolio).recordSiteAccepted(KEY, "98811");
    verify(portfolio).recordSiteAccepted(KEY, "98812");
    verify(portfolio).recordSiteAccepted(KEY, "98831");
    assertThat(pi).hasPassed("SubProcess_CommuneRollout").isWaitingAt("Task_CloseProject");
    close(pi);
    assertThat(pi).hasPassed("Event_ProjectClosed").isEnded();
  }

  @Test
  void shouldSupportAdoptionUntilItReachesTheThreshold() {
    ProcessInstance pi = toPlanning(10_000_000, 6, "STANDARD", "98811");
    plan(pi, true, "98811");
    deliverAndAccept(pi);
    ProcessInstance change = processInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    assertThat(change.getBusinessKey()).isEqualTo(KEY);
    complete(task("Task_WriteCommunicationPlan", change), withVariables(LifecycleVariables.COMMUNICATION_PLAN_URL.name(), "https://intranet/plan",
        LifecycleVariables.COMMUNICATION_PLAN_SUMMARY.name(), "Agents"));
    complete(task("Task_RunTrainingSessions", change), withVariables(LifecycleVariables.TRAINING_SESSIONS.name(), 2L, LifecycleVariables.TRAINED_PEOPLE.name(), 20L));
    execute(job("Event_AdoptionCheckDue", change));
    complete(task("Task_CheckAdoption", change), withVariables(LifecycleVariables.ADOPTION_RATE.name(), 45L));
    assertThat(change).isWaitingAt("Task_RunSupportActions");
    complete(task("Task_RunSupportActions", change), withVariables(LifecycleVariables.SUPPORT_ACTIONS.name(), "Ateliers en mairie"));
    execute(job("Event_AdoptionCheckDue", change));
    complete(task("Task_CheckAdoption", change), withVariables(LifecycleVariables.ADOPTION_RATE.name(), 75L));
    assertThat(change).hasPassed("Task_RunSupportActions", "Event_ChangeAdopted").isEnded();
    Task install = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_InstallOnSite").singleResult();
    taskService().complete(install.getId(), withVariables(LifecycleVariables.INSTALLATION_NOTES.name(), "OK"));
    complete(task("Task_AcceptSite", pi), withVariables(LifecycleVariables.SITE_DECISION.name(), "ACCEPT"));
    verify(portfolio).enterStage(KEY, ProjectStage.CHANGE_MANAGEMENT, true);
    verify(portfolio).leaveStage(KEY, ProjectStage.CHANGE_MANAGEMENT);
    close(pi);
    assertThat(pi).hasPassed("Task_ManageChange", "SubProcess_CommuneRollout").isEnded();
  }

  @Test
  void shouldAlertTheCommitteeWhenAStatusReportTurnsRed() {
    ProcessInstance pi = toPlanning(10_000_000, 6, "STANDARD", "98811");
    plan(pi, false);
    assertThat(job("Event_ReportingCycleDue", pi)).isNotNull();
    fileStatusReport(pi, 30, "[{'year':" + TODAY.getYear() + ",'nature':'INVESTMENT','consumedAmount':8000000}]", "[]", "[]");
    assertThat(eventsOf(ProjectTurnedRed.class)).singleElement().satisfies(red -> {
      assertThat(red.costHealth()).isEqualTo("rouge");
      assertThat(red.recipients()).contains(Recipient.group("comite-pilotage"));
    });
    verify(portfolio).recordAlert(eq(KEY), eq(ProjectPortfolio.AlertKind.HEALTH_RED), eq(ProjectStage.REALISATION), any(), anyString());
    assertThat(pi).hasPassed("Task_RecordStatusReport", "Task_AlertCommittee", "Event_CommitteeAlerted").isWaitingAt("Task_SteerDelivery");
    deliverAndAccept(pi);
    close(pi);
    assertThat(pi).hasPassed("Event_ProjectClosed").isEnded();
  }

  @Test
  void shouldNotAlertWhenAStatusReportIsGreen() {
    ProcessInstance pi = toPlanning(10_000_000, 6, "STANDARD", "98811");
    plan(pi, false);
    fileStatusReport(pi, 50, "[{'year':" + TODAY.getYear() + ",'nature':'INVESTMENT','consumedAmount':5000000}]", "[]", "[]");
    assertThat(eventsOf(ProjectTurnedRed.class)).isEmpty();
    assertThat(stored.get().consumedTotal()).isEqualTo(5_000_000L);
    assertThat(pi).hasPassed("Event_StatusReportFiled").hasNotPassed("Task_AlertCommittee").isWaitingAt("Task_SteerDelivery");
    deliverAndAccept(pi);
    // the closure form shows the consumed budget of the last report
    assertThat(taskService().getVariable(task("Task_CloseProject", pi).getId(), LifecycleVariables.CONSUMED_BUDGET.name()))
        .isEqualTo(5_000_000L);
    close(pi);
    assertThat(pi).hasPassed("Event_ProjectClosed").hasNotPassed("Task_AlertCommittee").isEnded();
  }

  @Test
  void shouldShowTheMilestonesRisksAndBudgetLinesInTheStatusReportAndTurnAmberFromThem() {
    ProcessInstance pi = toPlanning(10_000_000, 6, "STANDARD", "98811");
    plan(pi, false);
    execute(job("Event_ReportingCycleDue", pi));
    org.camunda.bpm.engine.task.Task report = task("Task_FileStatusReport", pi);
    assertThat(taskService().getVariable(report.getId(), SteeringVariables.MILESTONE_PROGRESS.name()).toString())
        .contains("\"milestone\":\"Recette\"", "\"plannedDate\":\"" + TODAY.plusMonths(3) + "\"");
    assertThat(taskService().getVariable(report.getId(), SteeringVariables.BUDGET_CONSUMPTION.name()).toString())
        .contains("\"nature\":\"INVESTMENT\"", "\"plannedAmount\":10000000");
    complete(report, withVariables(LifecycleVariables.PROGRESS_PERCENT.name(), 50L, LifecycleVariables.FORECAST_END_DATE.name(), TODAY.plusMonths(6).toString(), LifecycleVariables.QUALITY_ISSUES.name(), 0L,
        SteeringVariables.BUDGET_CONSUMPTION.name(), rows("[{'year':" + TODAY.getYear() + ",'nature':'INVESTMENT','consumedAmount':5000000}]"),
        SteeringVariables.MILESTONE_PROGRESS.name(), rows("[{'milestone':'Recette','forecastDate':'" + TODAY.plusMonths(3).plusDays(20) + "'}]"),
        SteeringVariables.RISK_REGISTER.name(), rows("[{'title':'Départ du prestataire','probability':'3','impact':'3','status':'OPEN'}]")));
    assertThat(stored.get().milestones().get(0).forecastDate()).isEqualTo(TODAY.plusMonths(3).plusDays(20));
    assertThat(stored.get().risks()).extracting(Risk::title).containsExactly("Départ du prestataire");
    verify(portfolio).recordStatusReport(eq(KEY), any(), eq(10_000_000L), org.mockito.ArgumentMatchers.argThat(health ->
        health.schedule() == HealthService.HealthLevel.AMBER && health.quality() == HealthService.HealthLevel.AMBER
            && health.reasons().stream().anyMatch(reason -> reason.contains("jalon « Recette »"))
            && health.reasons().stream().anyMatch(reason -> reason.contains("risque ouvert « Départ du prestataire »"))), any());
    assertThat(pi).hasPassed("Task_RecordStatusReport", "Event_StatusReportFiled").hasNotPassed("Task_AlertCommittee");
  }

  @Test
  void shouldRefuseAPlanWhoseBudgetLinesDoNotAddUpToThePlannedBudget() {
    ProcessInstance pi = toPlanning(10_000_000, 6, "STANDARD", "98811");
    org.camunda.bpm.engine.task.Task planning = task("Task_PlanProject", pi);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(planning.getId(), withVariables(
            SteeringVariables.PLANNED_MILESTONES.name(), rows("[{'name':'Recette','plannedDate':'" + TODAY.plusMonths(3) + "'}]"),
            SteeringVariables.BUDGET_LINES.name(), rows("[{'year':" + TODAY.getYear() + ",'nature':'INVESTMENT','plannedAmount':9000000}]"),
            LifecycleVariables.PLANNED_BUDGET.name(), 10_000_000L, LifecycleVariables.PLANNED_START_DATE.name(), TODAY.toString(), LifecycleVariables.PLANNED_END_DATE.name(), TODAY.plusMonths(6).toString())))
        .hasMessageContaining("la somme des lignes (9000000 XPF) doit être égale au budget planifié (10000000 XPF)");
    verify(plans, org.mockito.Mockito.never()).recordPlan(anyString(), any());
    assertThat(pi).isWaitingAt("Task_PlanProject").hasNotPassed("Task_RecordPlan");
  }

  @Test
  void shouldRecordTheTeamWithItsMonthlyAllocations() {
    org.camunda.bpm.engine.identity.User moe = processEngine.getIdentityService().newUser("archi" + java.util.UUID.randomUUID().toString().substring(0, 8));
    processEngine.getIdentityService().saveUser(moe);
    try {
      ProcessInstance pi = toPlanning(10_000_000, 6, "STANDARD", "98811");
      LocalDate start = TODAY.withDayOfMonth(1);
      java.time.YearMonth second = java.time.YearMonth.from(start).plusMonths(1);
      complete(task("Task_PlanProject", pi), withVariables(
          SteeringVariables.PLANNED_MILESTONES.name(), rows("[{'name':'Recette','plannedDate':'" + start.plusMonths(2) + "'}]"),
          SteeringVariables.BUDGET_LINES.name(), rows("[{'year':" + start.getYear() + ",'nature':'OPERATING','plannedAmount':10000000}]"),
          SteeringVariables.TEAM_MEMBERS.name(), rows("[{'member':'" + moe.getId() + "','role':'Architecte','allocationPercent':40,'monthlyAllocations':'" + second + "=80'}]"),
          LifecycleVariables.PLANNED_BUDGET.name(), 10_000_000L, LifecycleVariables.PLANNED_START_DATE.name(), start.toString(), LifecycleVariables.PLANNED_END_DATE.name(), start.plusMonths(2).toString(),
          LifecycleVariables.ROLLOUT_COMMUNES.name(), SpinValues.jsonValue("[]").create(), LifecycleVariables.CHANGE_MANAGEMENT_NEEDED.name(), false));
      assertThat(stored.get().team()).singleElement().satisfies(member -> {
        assertThat(member.role()).isEqualTo("Architecte");
        assertThat(member.allocations()).hasSize(3).containsEntry(java.time.YearMonth.from(start), 40).containsEntry(second, 80);
      });
      assertThat(pi).hasPassed("Task_PlanProject", "Task_RecordPlan");
    } finally {
      processEngine.getIdentityService().deleteUser(moe.getId());
    }
  }

  @Test
  void shouldRemindBeforeTheDueDateAndEscalateAfterIt() {
    ProcessInstance pi = request(10_000_000, "98811", "98812");
    qualify(pi, 10_000_000, 6);
    writeSpecification(pi);
    assertThat(task("Task_ValidateSpecification", pi).getDueDate()).isNotNull();
    execute(job("Event_ValidationReminderDue", pi));
    execute(job("Event_ValidationOverdue", pi));
    assertThat(eventsOf(ApprovalReminder.class)).singleElement().satisfies(reminder ->
        assertThat(reminder.recipients()).contains(Recipient.group("moa"), Recipient.group("moe")));
    assertThat(eventsOf(ApprovalEscalated.class)).singleElement().satisfies(escalated ->
        assertThat(escalated.recipients()).containsExactly(Recipient.group("comite-pilotage")));
    assertThat(pi).hasPassed("Task_RemindValidation", "Task_EscalateValidation")
        .isWaitingAt("Task_ValidateSpecification", "Task_GiveTechnicalOpinion");
    validate(pi, "APPROVE", "APPROVE");
    finish(pi);
    assertThat(pi).hasPassed("Event_ProjectClosed").isEnded();
  }

  // ---- the route follows the portfolio, not a variable changed by a caller ----

  @Test
  void shouldArbitrateAMajorProjectWhoseTrackVariableIsForgedToLight() {
    ProcessInstance pi = request(60_000_000, "98811");
    qualify(pi, 60_000_000, 10);
    runtimeService().setVariable(pi.getId(), LifecycleVariables.TRACK.name(), "LIGHT");
    writeSpecification(pi);
    assertThat(taskQuery().processInstanceId(pi.getId()).list()).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("Task_ValidateSpecification", "Task_GiveTechnicalOpinion");
    validate(pi, "APPROVE", "APPROVE");
    assertThat(record.track()).isEqualTo("MAJOR");
    assertThat(pi).hasPassed("Task_GiveTechnicalOpinion", "Task_SetArbitrationDeadline").hasNotPassed("Task_ApproveProject")
        .isWaitingAt("Task_Arbitrate");
    complete(task("Task_Arbitrate", pi), withVariables(LifecycleVariables.ARBITRATION_DECISION.name(), "REJECT", LifecycleVariables.ARBITRATION_COMMENT.name(), "Pas prioritaire"));
    assertThat(pi).hasPassed("Task_NotifyRefusal").hasNotPassed("Task_ApproveProject").isEnded();
  }

  @Test
  void shouldRejectWhenTheMoeRejectedEvenIfTheVariableIsForgedToApprove() {
    ProcessInstance pi = request(10_000_000, "98811", "98812");
    qualify(pi, 10_000_000, 6);
    writeSpecification(pi);
    complete(task("Task_GiveTechnicalOpinion", pi), withVariables(LifecycleVariables.MOE_DECISION.name(), "REJECT", LifecycleVariables.MOE_COMMENT.name(), "Infaisable"));
    runtimeService().setVariable(pi.getId(), LifecycleVariables.MOE_DECISION.name(), "APPROVE");
    complete(task("Task_ValidateSpecification", pi), withVariables(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));
    assertThat(eventsOf(ProjectRequestRefused.class)).hasSize(1);
    assertThat(pi).hasPassed("Task_NotifyRefusal").hasNotPassed("Task_ApproveProject", "Task_PlanProject").isEnded();
  }

  @Test
  void shouldDecideTheTrackFromTheRecordedCommunesNotAForgedCount() {
    ProcessInstance pi = request(10_000_000, "98811", "98812");
    runtimeService().setVariable(pi.getId(), LifecycleVariables.COMMUNE_COUNT.name(), 9L);
    runtimeService().setVariable(pi.getId(), LifecycleVariables.TYPE.name(), "COMMUNICATION");
    qualify(pi, 10_000_000, 6);
    assertThat(record.track()).isEqualTo("STANDARD");
    writeSpecification(pi);
    validate(pi, "APPROVE", "APPROVE");
    assertThat(pi).hasPassed("Task_ApproveProject").hasNotPassed("Task_SetArbitrationDeadline", "Task_Arbitrate")
        .isWaitingAt("Task_PlanProject");
    finish(pi);
    assertThat(pi).hasPassed("Event_ProjectClosed").hasNotPassed("Task_Arbitrate").isEnded();
  }

  @Test
  void shouldAssignTheRecordedManagerAndRollOutTheRecordedSitesWhenTheirVariablesAreForged() {
    ProcessInstance pi = request(10_000_000, "98811", "98812");
    qualify(pi, 10_000_000, 6);
    runtimeService().setVariable(pi.getId(), LifecycleVariables.PROJECT_MANAGER.name(), "demandeur");
    writeSpecification(pi);
    validate(pi, "APPROVE", "APPROVE");
    assertThat(pi).isWaitingAt("Task_PlanProject").task().isAssignedTo("cdp");
    plan(pi, false, "98811");
    runtimeService().setVariable(pi.getId(), "rolloutSites", List.of("98812", "98831"));
    runtimeService().setVariable(pi.getId(), LifecycleVariables.CHANGE_MANAGEMENT_NEEDED.name(), true);
    deliverAndAccept(pi);
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_InstallOnSite").list())
        .extracting(Task::getName).containsExactly("Installer à Koné");
    complete(task("Task_InstallOnSite", pi), withVariables(LifecycleVariables.INSTALLATION_NOTES.name(), "Installé"));
    complete(task("Task_AcceptSite", pi), withVariables(LifecycleVariables.SITE_DECISION.name(), "ACCEPT"));
    close(pi);
    assertThat(pi).hasPassed("SubProcess_CommuneRollout", "Event_ProjectClosed").hasNotPassed("Task_ManageChange").isEnded();
  }

  @Test
  void shouldKeepSupportingAdoptionWhenTheReachedVariableIsForged() {
    ProcessInstance pi = toPlanning(10_000_000, 6, "STANDARD", "98811");
    plan(pi, true, "98811");
    deliverAndAccept(pi);
    ProcessInstance change = processInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    complete(task("Task_WriteCommunicationPlan", change), withVariables(LifecycleVariables.COMMUNICATION_PLAN_URL.name(), "https://intranet/plan",
        LifecycleVariables.COMMUNICATION_PLAN_SUMMARY.name(), "Agents"));
    complete(task("Task_RunTrainingSessions", change), withVariables(LifecycleVariables.TRAINING_SESSIONS.name(), 2L, LifecycleVariables.TRAINED_PEOPLE.name(), 20L));
    execute(job("Event_AdoptionCheckDue", change));
    complete(task("Task_CheckAdoption", change), withVariables(LifecycleVariables.ADOPTION_RATE.name(), 45L));
    runtimeService().setVariable(change.getId(), LifecycleVariables.ADOPTION_REACHED.name(), true);
    assertThat(change).isWaitingAt("Task_RunSupportActions").hasNotPassed("Event_ChangeAdopted");
    complete(task("Task_RunSupportActions", change), withVariables(LifecycleVariables.SUPPORT_ACTIONS.name(), "Ateliers en mairie"));
    execute(job("Event_AdoptionCheckDue", change));
    complete(task("Task_CheckAdoption", change), withVariables(LifecycleVariables.ADOPTION_RATE.name(), 80L));
    assertThat(change).hasPassed("Event_ChangeAdopted").isEnded();
  }
}
