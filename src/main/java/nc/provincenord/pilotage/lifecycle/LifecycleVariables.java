package nc.provincenord.pilotage.lifecycle;

import java.util.Date;
import java.util.List;
import nc.provincenord.pilotage.process.ProcessVariable;

/** The variables of {@code project-lifecycle} and {@code change-management}, named once. */
public final class LifecycleVariables {

  public static final String PROCESS_KEY = "project-lifecycle";
  public static final String CHANGE_MANAGEMENT_KEY = "change-management";
  public static final String GOVERNANCE_DECISION_KEY = "project-governance";

  // Demande (start form)
  public static final ProcessVariable<String> TITLE = ProcessVariable.text("projectTitle");
  public static final ProcessVariable<String> OBJECTIVE = ProcessVariable.text("projectObjective");
  public static final ProcessVariable<String> DIRECTION = ProcessVariable.text("projectDirection");
  public static final ProcessVariable<String> TYPE = ProcessVariable.text("projectType");
  public static final ProcessVariable<Long> ESTIMATED_BUDGET = ProcessVariable.number("estimatedBudget");
  public static final ProcessVariable<List<String>> COMMUNES = ProcessVariable.textList("projectCommunes");
  public static final ProcessVariable<String> DESIRED_DATE = ProcessVariable.text("desiredDate");
  public static final ProcessVariable<String> REQUESTER = ProcessVariable.text("projectRequester");
  public static final ProcessVariable<String> BUSINESS_KEY = ProcessVariable.text("projectKey");
  /** The French label of the stage the project is in, shown above every task form. */
  public static final ProcessVariable<String> STAGE_LABEL = ProcessVariable.text("projectStageLabel");

  // Analyse des besoins
  public static final ProcessVariable<String> ANALYSIS_DECISION = ProcessVariable.text("analysisDecision");
  public static final ProcessVariable<String> REFUSAL_REASON = ProcessVariable.text("refusalReason");
  /** Written only by Pilotage's « Mes demandes » page, with the message that withdraws the request. */
  public static final ProcessVariable<String> WITHDRAWAL_REASON = ProcessVariable.text("withdrawalReason");
  /** Never submitted: the decision {@code WITHDRAW} recorded with the withdrawal. */
  public static final ProcessVariable<String> WITHDRAWAL_DECISION = ProcessVariable.text("withdrawalDecision");
  public static final ProcessVariable<String> STAKEHOLDERS = ProcessVariable.text("stakeholders");
  public static final ProcessVariable<String> NEEDS = ProcessVariable.text("needs");
  public static final ProcessVariable<String> CONSTRAINTS = ProcessVariable.text("constraints");
  public static final ProcessVariable<String> RISKS = ProcessVariable.text("risks");
  public static final ProcessVariable<Long> DURATION_MONTHS = ProcessVariable.number("estimatedDurationMonths");
  public static final ProcessVariable<Long> COMMUNE_COUNT = ProcessVariable.number("communeCount");
  public static final ProcessVariable<String> PROJECT_MANAGER = ProcessVariable.text("projectManager");

  // Gouvernance
  public static final ProcessVariable<String> TRACK = ProcessVariable.text("projectTrack");

  // Cahier des charges et validation
  public static final ProcessVariable<String> SPEC_DOCUMENT_URL = ProcessVariable.text("specDocumentUrl");
  public static final ProcessVariable<String> SPEC_VERSION = ProcessVariable.text("specVersion");
  public static final ProcessVariable<String> SPEC_SUMMARY = ProcessVariable.text("specSummary");
  public static final ProcessVariable<String> MOA_DECISION = ProcessVariable.text("moaDecision");
  public static final ProcessVariable<String> MOA_COMMENT = ProcessVariable.text("moaComment");
  public static final ProcessVariable<String> MOE_DECISION = ProcessVariable.text("moeDecision");
  public static final ProcessVariable<String> MOE_COMMENT = ProcessVariable.text("moeComment");
  public static final ProcessVariable<Long> REVISION_COUNT = ProcessVariable.number("revisionCount");
  public static final ProcessVariable<String> VALIDATION_OUTCOME = ProcessVariable.text("validationOutcome");
  public static final ProcessVariable<String> COMMITTEE_DECISION = ProcessVariable.text("committeeDecision");
  public static final ProcessVariable<String> COMMITTEE_COMMENT = ProcessVariable.text("committeeComment");
  public static final ProcessVariable<Date> APPROVAL_DUE_DATE = ProcessVariable.date("approvalDueDate");
  public static final ProcessVariable<Date> APPROVAL_REMINDER_DATE = ProcessVariable.date("approvalReminderDate");

  // Arbitrage
  public static final ProcessVariable<String> ARBITRATION_DECISION = ProcessVariable.text("arbitrationDecision");
  public static final ProcessVariable<String> ARBITRATION_COMMENT = ProcessVariable.text("arbitrationComment");
  public static final ProcessVariable<Long> ALLOCATED_BUDGET = ProcessVariable.number("allocatedBudget");
  public static final ProcessVariable<String> PRIORITY = ProcessVariable.text("projectPriority");
  public static final ProcessVariable<String> POSTPONED_UNTIL = ProcessVariable.text("postponedUntil");
  public static final ProcessVariable<Date> POSTPONEMENT_END = ProcessVariable.date("postponementEnd");

  // Planification
  public static final ProcessVariable<Long> PLANNED_BUDGET = ProcessVariable.number("plannedBudget");
  public static final ProcessVariable<String> PLANNED_START_DATE = ProcessVariable.text("plannedStartDate");
  public static final ProcessVariable<String> PLANNED_END_DATE = ProcessVariable.text("plannedEndDate");
  public static final ProcessVariable<List<String>> ROLLOUT_COMMUNES = ProcessVariable.textList("rolloutCommunes");
  public static final ProcessVariable<Boolean> CHANGE_MANAGEMENT_NEEDED = ProcessVariable.flag("changeManagementNeeded");
  public static final ProcessVariable<String> REPORTING_CYCLE = ProcessVariable.text("reportingCycle");
  /** Local to each element of the rollout multi-instance: the INSEE code of its commune. */
  public static final ProcessVariable<String> ROLLOUT_SITE = ProcessVariable.text("rolloutSite");
  public static final ProcessVariable<String> ROLLOUT_COMMUNE_NAME = ProcessVariable.text("rolloutCommuneName");

  // Réalisation
  public static final ProcessVariable<String> DELIVERY_NOTES = ProcessVariable.text("deliveryNotes");
  public static final ProcessVariable<Long> PROGRESS_PERCENT = ProcessVariable.number("progressPercent");
  public static final ProcessVariable<String> FORECAST_END_DATE = ProcessVariable.text("forecastEndDate");
  public static final ProcessVariable<Long> QUALITY_ISSUES = ProcessVariable.number("qualityIssues");
  public static final ProcessVariable<String> REPORT_RISKS = ProcessVariable.text("reportRisks");
  /** The consumed budget (XPF) of the last status report, shown (read-only) on the closure form. */
  public static final ProcessVariable<Long> CONSUMED_BUDGET = ProcessVariable.number("consumedBudget");
  /** The French reasons of the last report's health, for the committee's alert. */
  public static final ProcessVariable<String> HEALTH_REASONS = ProcessVariable.text("healthReasons");
  public static final ProcessVariable<String> PROJECT_HEALTH = ProcessVariable.text("projectHealth");
  /** The levels of the last status report ({@code HealthService.HealthLevel} names), read by the alert and Tasklist. */
  public static final ProcessVariable<String> HEALTH_COST = ProcessVariable.text("healthCost");
  public static final ProcessVariable<String> HEALTH_SCHEDULE = ProcessVariable.text("healthSchedule");
  public static final ProcessVariable<String> HEALTH_QUALITY = ProcessVariable.text("healthQuality");
  public static final ProcessVariable<String> ACCEPTANCE_DECISION = ProcessVariable.text("acceptanceDecision");
  public static final ProcessVariable<String> ACCEPTANCE_COMMENT = ProcessVariable.text("acceptanceComment");

  // Déploiement (local to each commune's rollout)
  public static final ProcessVariable<String> INSTALLATION_NOTES = ProcessVariable.text("installationNotes");
  public static final ProcessVariable<String> SITE_DECISION = ProcessVariable.text("siteAcceptanceDecision");
  public static final ProcessVariable<String> SITE_COMMENT = ProcessVariable.text("siteAcceptanceComment");

  // Conduite du changement
  public static final ProcessVariable<String> ADOPTION_CHECK_DELAY = ProcessVariable.text("adoptionCheckDelay");
  public static final ProcessVariable<Long> ADOPTION_THRESHOLD = ProcessVariable.number("adoptionThreshold");
  public static final ProcessVariable<String> COMMUNICATION_PLAN_URL = ProcessVariable.text("communicationPlanUrl");
  public static final ProcessVariable<String> COMMUNICATION_PLAN_SUMMARY = ProcessVariable.text("communicationPlanSummary");
  public static final ProcessVariable<Long> TRAINING_SESSIONS = ProcessVariable.number("trainingSessions");
  public static final ProcessVariable<Long> TRAINED_PEOPLE = ProcessVariable.number("trainedPeople");
  public static final ProcessVariable<Long> ADOPTION_RATE = ProcessVariable.number("adoptionRate");
  public static final ProcessVariable<String> ADOPTION_OBSERVATIONS = ProcessVariable.text("adoptionObservations");
  public static final ProcessVariable<Boolean> ADOPTION_REACHED = ProcessVariable.flag("adoptionReached");
  public static final ProcessVariable<String> SUPPORT_ACTIONS = ProcessVariable.text("supportActions");

  // Clôture
  public static final ProcessVariable<String> LESSONS_LEARNED = ProcessVariable.text("lessonsLearned");
  public static final ProcessVariable<String> ACTUAL_END_DATE = ProcessVariable.text("actualEndDate");

  private LifecycleVariables() {
  }
}
