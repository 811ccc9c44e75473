package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.reference.CommuneRepository;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.lifecycle.Choices.AcceptanceDecision;
import nc.provincenord.pilotage.lifecycle.Choices.AnalysisDecision;
import nc.provincenord.pilotage.lifecycle.Choices.ApprovalDecision;
import nc.provincenord.pilotage.lifecycle.Choices.ArbitrationDecision;
import nc.provincenord.pilotage.lifecycle.Choices.Priority;
import nc.provincenord.pilotage.lifecycle.Choices.ProjectType;
import java.util.LinkedHashMap;
import nc.provincenord.pilotage.process.FormCheck;
import nc.provincenord.pilotage.process.FormRule;
import nc.provincenord.pilotage.process.FormRules;
import nc.provincenord.pilotage.process.ProcessVariable;
import nc.provincenord.pilotage.steering.PlanRepository;
import nc.provincenord.pilotage.steering.PlanValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The server-side rules of every lifecycle form (change management included), contributed to the
 * {@link nc.provincenord.pilotage.process.FormRegistry} by form id; a failure answers 400 with a French
 * message and the engine rolls the whole step back. Valid values are stored back trimmed.
 */
@Component("lifecycleForms")
public class LifecycleForms implements FormRules {

  static final String REQUEST_FORM = "project-lifecycle-request";

  static final long MAX_AMOUNT = 100_000_000_000L;
  static final int TEXT_MAX = ProcessVariable.TEXT_MAX;
  static final Map<String, String> REPORTING_CYCLES = Map.of("P7D", "Hebdomadaire", "P14D", "Toutes les deux semaines",
      "P1M", "Mensuel");

  private final CommuneRepository communes;
  private final Directions directions;
  private final LifecycleSettings settings;
  private final Clock clock;
  private final PlanValidation steering;
  private final PlanRepository plans;

  public LifecycleForms(CommuneRepository communes, Directions directions, LifecycleSettings settings, Clock clock,
                        PlanValidation steering, PlanRepository plans) {
    this.communes = communes;
    this.directions = directions;
    this.settings = settings;
    this.clock = clock;
    this.steering = steering;
    this.plans = plans;
  }

  /** The task forms, by form id (file name in {@code forms/}). */
  public enum Form {
    ANALYSIS("project-lifecycle-analysis"),
    SPECIFICATION("project-lifecycle-specification"),
    MOA_VALIDATION("project-lifecycle-validate-moa"),
    MOE_OPINION("project-lifecycle-validate-moe"),
    COMMITTEE_REVIEW("project-lifecycle-committee-review"),
    ARBITRATION("project-lifecycle-arbitration"),
    PLANNING("project-lifecycle-planning"),
    DELIVERY("project-lifecycle-delivery"),
    STATUS_REPORT("project-lifecycle-status-report"),
    ACCEPTANCE("project-lifecycle-acceptance"),
    INSTALLATION("project-lifecycle-installation"),
    SITE_ACCEPTANCE("project-lifecycle-site-acceptance"),
    CLOSURE("project-lifecycle-closure"),
    COMMUNICATION_PLAN("change-management-communication-plan"),
    TRAINING("change-management-training"),
    ADOPTION_CHECK("change-management-adoption-check"),
    SUPPORT_ACTIONS("change-management-support-actions");

    private final String formId;

    Form(String formId) {
      this.formId = formId;
    }

    public String formId() {
      return formId;
    }
  }

  @Override
  public Map<String, FormRule> byFormId() {
    Map<String, FormRule> rules = new LinkedHashMap<>();
    // The start form's rule; OpenProjectListener runs it again to read the typed request.
    rules.put(REQUEST_FORM, this::request);
    for (Form form : Form.values()) {
      rules.put(form.formId(), execution -> check(execution, form));
    }
    return rules;
  }

  void check(VariableScope scope, Form form) {
    FormCheck check = FormCheck.of(scope);
    switch (form) {
      case ANALYSIS -> analysis(scope, check);
      case SPECIFICATION -> {
        SPEC_DOCUMENT_URL.set(scope, check.requiredHttpUrl(SPEC_DOCUMENT_URL, "Lien vers le cahier des charges"));
        SPEC_VERSION.set(scope, check.requiredText(SPEC_VERSION, "Version", 20));
        SPEC_SUMMARY.set(scope, check.requiredText(SPEC_SUMMARY, "Résumé du cahier des charges", TEXT_MAX));
      }
      case MOA_VALIDATION -> approval(scope, check, DecisionKind.MOA_VALIDATION);
      case MOE_OPINION -> approval(scope, check, DecisionKind.MOE_OPINION);
      case COMMITTEE_REVIEW -> approval(scope, check, DecisionKind.COMMITTEE_REVIEW);
      case ARBITRATION -> arbitration(scope, check);
      case PLANNING -> planning(scope, check);
      case DELIVERY -> DELIVERY_NOTES.set(scope, check.requiredText(DELIVERY_NOTES, "Livraison pour la recette", TEXT_MAX));
      case STATUS_REPORT -> statusReport(scope, check);
      case ACCEPTANCE -> acceptance(scope, check, DecisionKind.ACCEPTANCE, "Une recette avec réserves doit les décrire");
      case INSTALLATION -> INSTALLATION_NOTES.set(scope,
          check.requiredText(INSTALLATION_NOTES, "Compte rendu d'installation", TEXT_MAX));
      case SITE_ACCEPTANCE -> acceptance(scope, check, DecisionKind.SITE_ACCEPTANCE, "Une VSR avec réserves doit les décrire");
      case CLOSURE -> {
        LESSONS_LEARNED.set(scope, check.requiredText(LESSONS_LEARNED, "Retour d'expérience", TEXT_MAX));
        ACTUAL_END_DATE.set(scope, check.requiredDate(ACTUAL_END_DATE, "Date de fin réelle").toString());
      }
      case COMMUNICATION_PLAN -> {
        COMMUNICATION_PLAN_URL.set(scope, check.requiredHttpUrl(COMMUNICATION_PLAN_URL, "Lien vers le plan de communication"));
        COMMUNICATION_PLAN_SUMMARY.set(scope,
            check.requiredText(COMMUNICATION_PLAN_SUMMARY, "Publics et messages clés", TEXT_MAX));
      }
      case TRAINING -> {
        TRAINING_SESSIONS.set(scope, check.requiredWholeNumber(TRAINING_SESSIONS, "Sessions de formation tenues", 1, 1000));
        TRAINED_PEOPLE.set(scope, check.requiredWholeNumber(TRAINED_PEOPLE, "Agents formés", 0, 100_000));
      }
      case ADOPTION_CHECK -> {
        ADOPTION_RATE.set(scope, check.requiredWholeNumber(ADOPTION_RATE, "Taux d'adoption (%)", 0, 100));
        ADOPTION_OBSERVATIONS.set(scope, check.optionalText(ADOPTION_OBSERVATIONS, "Observations", TEXT_MAX));
      }
      case SUPPORT_ACTIONS -> SUPPORT_ACTIONS.set(scope,
          check.requiredText(SUPPORT_ACTIONS, "Actions d'accompagnement menées", TEXT_MAX));
    }
  }

  /** The start form (Demande). Returns the validated request. */
  public ProjectPortfolio.ProjectRequest request(VariableScope scope) {
    FormCheck check = FormCheck.of(scope);
    String title = check.requiredLine(TITLE, "Intitulé du projet", 150);
    String objective = check.requiredText(OBJECTIVE, "Objectif", TEXT_MAX);
    String direction = check.requiredText(DIRECTION, "Direction demandeuse", 20);
    if (!directions.byCode().containsKey(direction)) {
      throw FormCheck.invalid(DIRECTION, "La valeur « " + FormCheck.shown(direction) + " » n'est pas un choix possible pour « Direction demandeuse ».");
    }
    ProjectType type = check.requiredChoice(TYPE, "Type de projet", ProjectType.class);
    long budget = check.requiredWholeNumber(ESTIMATED_BUDGET, "Budget estimé (XPF)", 0, MAX_AMOUNT);
    List<String> picked = check.selection(COMMUNES, "Communes concernées", communes.namesByInseeCode(), 0);
    LocalDate desired = FormCheck.notInThePast(DESIRED_DATE, "Date souhaitée", check.optionalDate(DESIRED_DATE, "Date souhaitée"),
        LocalDate.now(clock));
    TITLE.set(scope, title);
    OBJECTIVE.set(scope, objective);
    DIRECTION.set(scope, direction);
    TYPE.set(scope, type.name());
    ESTIMATED_BUDGET.set(scope, budget);
    COMMUNES.set(scope, picked);
    COMMUNE_COUNT.set(scope, (long) picked.size());
    DESIRED_DATE.set(scope, desired == null ? null : desired.toString());
    return new ProjectPortfolio.ProjectRequest(title, objective, direction, type.name(), budget, picked, desired);
  }

  private void analysis(VariableScope scope, FormCheck check) {
    AnalysisDecision decision = check.requiredChoice(ANALYSIS_DECISION, "Décision", AnalysisDecision.class);
    boolean refused = decision == AnalysisDecision.REFUSE;
    ANALYSIS_DECISION.set(scope, decision.name());
    REFUSAL_REASON.set(scope, check.textRequiredWhen(refused, REFUSAL_REASON, "Motif du refus", TEXT_MAX,
        "Un refus doit être motivé (le demandeur en est informé)"));
    if (refused) {
      check.discard(STAKEHOLDERS, NEEDS, CONSTRAINTS, RISKS, DURATION_MONTHS);
      if (ESTIMATED_BUDGET.raw(scope) != null) {
        ESTIMATED_BUDGET.set(scope, check.requiredWholeNumber(ESTIMATED_BUDGET, "Budget estimé (XPF)", 0, MAX_AMOUNT));
      }
      return;
    }
    STAKEHOLDERS.set(scope, check.requiredText(STAKEHOLDERS, "Parties prenantes", TEXT_MAX));
    NEEDS.set(scope, check.requiredText(NEEDS, "Besoins", TEXT_MAX));
    CONSTRAINTS.set(scope, check.optionalText(CONSTRAINTS, "Contraintes", TEXT_MAX));
    RISKS.set(scope, check.optionalText(RISKS, "Risques", TEXT_MAX));
    ESTIMATED_BUDGET.set(scope, check.requiredWholeNumber(ESTIMATED_BUDGET, "Budget estimé (XPF)", 0, MAX_AMOUNT));
    DURATION_MONTHS.set(scope, check.requiredWholeNumber(DURATION_MONTHS, "Durée estimée (mois)", 1, 120));
  }

  private void approval(VariableScope scope, FormCheck check, DecisionKind kind) {
    ApprovalDecision decision = check.requiredChoice(kind.decision(), "Décision", ApprovalDecision.class);
    kind.decision().set(scope, decision.name());
    kind.comment().set(scope, check.textRequiredWhen(decision != ApprovalDecision.APPROVE, kind.comment(), "Commentaire",
        TEXT_MAX, "Une demande de révision ou un rejet doit être motivé"));
  }

  private void arbitration(VariableScope scope, FormCheck check) {
    ArbitrationDecision decision = check.requiredChoice(ARBITRATION_DECISION, "Décision du comité", ArbitrationDecision.class);
    ARBITRATION_DECISION.set(scope, decision.name());
    ARBITRATION_COMMENT.set(scope, check.textRequiredWhen(decision != ArbitrationDecision.APPROVE, ARBITRATION_COMMENT,
        "Commentaire", TEXT_MAX, "Un report ou un rejet doit être motivé"));
    if (decision == ArbitrationDecision.APPROVE) {
      ALLOCATED_BUDGET.set(scope, check.requiredWholeNumber(ALLOCATED_BUDGET, "Budget alloué (XPF)", 1, MAX_AMOUNT));
      PRIORITY.set(scope, check.requiredChoice(PRIORITY, "Priorité", Priority.class).name());
    } else {
      check.discard(ALLOCATED_BUDGET, PRIORITY);
    }
    if (decision != ArbitrationDecision.POSTPONE) {
      check.discard(POSTPONED_UNTIL);
    } else {
      LocalDate until = check.requiredDate(POSTPONED_UNTIL, "Reporté jusqu'au");
      if (!until.isAfter(LocalDate.now(clock))) {
        throw FormCheck.invalid(POSTPONED_UNTIL, "La date de report doit être postérieure à aujourd'hui (reçu : " + until + ").");
      }
      POSTPONED_UNTIL.set(scope, until.toString());
    }
  }

  private void planning(VariableScope scope, FormCheck check) {
    long plannedBudget = check.requiredWholeNumber(PLANNED_BUDGET, "Budget planifié (XPF)", 0, MAX_AMOUNT);
    PLANNED_BUDGET.set(scope, plannedBudget);
    LocalDate start = check.requiredDate(PLANNED_START_DATE, "Date de début prévue");
    LocalDate end = check.requiredDate(PLANNED_END_DATE, "Date de fin prévue");
    if (end.isBefore(start)) {
      throw FormCheck.invalid(PLANNED_END_DATE, "La date de fin prévue (" + end + ") précède la date de début (" + start + ").");
    }
    PLANNED_START_DATE.set(scope, start.toString());
    PLANNED_END_DATE.set(scope, end.toString());
    steering.planning(scope, start, end, plannedBudget);
    ROLLOUT_COMMUNES.set(scope, check.selection(ROLLOUT_COMMUNES, "Sites de déploiement", communes.namesByInseeCode(), 0));
    CHANGE_MANAGEMENT_NEEDED.set(scope, check.flag(CHANGE_MANAGEMENT_NEEDED, "Conduite du changement nécessaire"));
    String cycle = check.optionalText(REPORTING_CYCLE, "Cycle des rapports d'avancement", 10);
    if (cycle != null && !REPORTING_CYCLES.containsKey(cycle)) {
      throw FormCheck.invalid(REPORTING_CYCLE,
          "La valeur « " + FormCheck.shown(cycle) + " » n'est pas un choix possible pour « Cycle des rapports d'avancement ».");
    }
    REPORTING_CYCLE.set(scope, cycle == null ? settings.reportingCycle() : cycle);
  }

  private void statusReport(VariableScope scope, FormCheck check) {
    PROGRESS_PERCENT.set(scope, check.requiredWholeNumber(PROGRESS_PERCENT, "Avancement (%)", 0, 100));
    FORECAST_END_DATE.set(scope, check.requiredDate(FORECAST_END_DATE, "Date de fin prévisionnelle").toString());
    QUALITY_ISSUES.set(scope, check.requiredWholeNumber(QUALITY_ISSUES, "Anomalies qualité ouvertes", 0, 1000));
    REPORT_RISKS.set(scope, check.optionalText(REPORT_RISKS, "Points d'attention", TEXT_MAX));
    String businessKey = scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey() : null;
    steering.statusReport(scope, businessKey == null ? nc.provincenord.pilotage.steering.ProjectPlan.empty() : plans.planOf(businessKey),
        LocalDate.now(clock));
  }

  private void acceptance(VariableScope scope, FormCheck check, DecisionKind kind, String why) {
    AcceptanceDecision decision = check.requiredChoice(kind.decision(), "Décision", AcceptanceDecision.class);
    kind.decision().set(scope, decision.name());
    kind.comment().set(scope, check.textRequiredWhen(decision == AcceptanceDecision.RESERVE, kind.comment(), "Réserves",
        TEXT_MAX, why));
  }
}
