package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ROLLOUT_SITE;

import java.util.List;
import nc.provincenord.pilotage.lifecycle.Choices.AcceptanceDecision;
import nc.provincenord.pilotage.lifecycle.Choices.AnalysisDecision;
import nc.provincenord.pilotage.lifecycle.Choices.ApprovalDecision;
import nc.provincenord.pilotage.lifecycle.Choices.ArbitrationDecision;
import nc.provincenord.pilotage.lifecycle.Choices.Track;
import nc.provincenord.pilotage.lifecycle.Choices.ValidationOutcome;
import nc.provincenord.pilotage.lifecycle.HealthService.HealthLevel;
import nc.provincenord.pilotage.lifecycle.ProjectPortfolio.RouteFacts;
import nc.provincenord.pilotage.engine.ModelHelper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the gateways of {@code project-lifecycle} and {@code change-management}, and the inputs of the
 * {@code project-governance} decision, read: the portfolio row and the decisions recorded by the
 * validated steps, matched on the process instance and its business key, e.g.
 * {@code ${projectRecord.trackIs(execution, 'MAJOR')}}. A process variable changed by a caller
 * changes nothing here, so the route and the portfolio cannot disagree. A value in the model that
 * is not a possible choice fails the step, in French.
 */
@ModelHelper
@Component("projectRecord")
public class ProjectRecord {

  private final ProjectPortfolio portfolio;

  public ProjectRecord(ProjectPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  // ---- inputs of project-governance (mapped in Task_DecideGovernance) ----

  public long estimatedBudget(DelegateExecution execution) {
    return facts(execution).estimatedBudget();
  }

  public long estimatedDurationMonths(DelegateExecution execution) {
    Long months = facts(execution).estimatedDurationMonths();
    if (months == null) {
      throw missing(execution, "la durée estimée (analyse des besoins)");
    }
    return months;
  }

  public long communeCount(DelegateExecution execution) {
    return facts(execution).communeCount();
  }

  public String projectType(DelegateExecution execution) {
    return facts(execution).projectType();
  }

  // ---- gateways ----

  public boolean trackIs(DelegateExecution execution, String track) {
    String recorded = facts(execution).track();
    if (recorded == null) {
      throw missing(execution, "la filière de gouvernance");
    }
    return recorded.equals(choice(Track.class, track));
  }

  public boolean trackIsNot(DelegateExecution execution, String track) {
    return !trackIs(execution, track);
  }

  public boolean analysisIs(DelegateExecution execution, String decision) {
    return decided(execution, DecisionKind.NEEDS_ANALYSIS, null, choice(AnalysisDecision.class, decision));
  }

  public boolean validationIs(DelegateExecution execution, String outcome) {
    String recorded = facts(execution).validationOutcome();
    if (recorded == null) {
      throw missing(execution, "le résultat de la validation du cahier des charges");
    }
    return recorded.equals(choice(ValidationOutcome.class, outcome));
  }

  public boolean committeeReviewIs(DelegateExecution execution, String decision) {
    return decided(execution, DecisionKind.COMMITTEE_REVIEW, null, choice(ApprovalDecision.class, decision));
  }

  public boolean arbitrationIs(DelegateExecution execution, String decision) {
    return decided(execution, DecisionKind.ARBITRATION, null, choice(ArbitrationDecision.class, decision));
  }

  public boolean acceptanceIs(DelegateExecution execution, String decision) {
    return decided(execution, DecisionKind.ACCEPTANCE, null, choice(AcceptanceDecision.class, decision));
  }

  /** The site is the rollout's own element (one instance per commune). */
  public boolean siteAcceptanceIs(DelegateExecution execution, String decision) {
    return decided(execution, DecisionKind.SITE_ACCEPTANCE, ROLLOUT_SITE.get(execution),
        choice(AcceptanceDecision.class, decision));
  }

  public boolean healthIs(DelegateExecution execution, String level) {
    String recorded = facts(execution).health();
    if (recorded == null) {
      throw missing(execution, "la santé du projet (rapport d'avancement)");
    }
    return recorded.equals(choice(HealthLevel.class, level));
  }

  public boolean changeManagementNeeded(DelegateExecution execution) {
    Boolean needed = facts(execution).changeManagementNeeded();
    if (needed == null) {
      throw missing(execution, "le besoin de conduite du changement (planification)");
    }
    return needed;
  }

  /** In change-management: the last adoption measure of this instance. */
  public boolean adoptionReached(DelegateExecution execution) {
    return portfolio.lastAdoptionReached(ProjectRef.of(execution))
        .orElseThrow(() -> missing(execution, "la mesure d'adoption"));
  }

  public boolean adoptionNotReached(DelegateExecution execution) {
    return !adoptionReached(execution);
  }

  // ---- who does the work, and where ----

  /** The project manager recorded at the analysis: the assignee of the project manager's tasks. */
  public String projectManager(DelegateExecution execution) {
    String manager = facts(execution).projectManager();
    if (manager == null) {
      throw missing(execution, "le chef de projet");
    }
    return manager;
  }

  /** The rollout sites recorded at the planning: one rollout per commune. */
  public List<String> rolloutSites(DelegateExecution execution) {
    return portfolio.rolloutSites(ProjectRef.ofProject(execution));
  }

  /** The portfolio row of the project; the route never runs without one. */
  RouteFacts facts(DelegateExecution execution) {
    return portfolio.routeFacts(ProjectRef.ofProject(execution))
        .orElseThrow(() -> missing(execution, "le projet"));
  }

  private boolean decided(DelegateExecution execution, DecisionKind kind, String subject, String expected) {
    String recorded = portfolio.lastDecision(ProjectRef.of(execution), kind, subject)
        .orElseThrow(() -> missing(execution, "la décision « " + kind.label() + " »"));
    return recorded.equals(expected);
  }

  private static <E extends Enum<E>> String choice(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value).name();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw new IllegalArgumentException("Le modèle compare à « " + value + " », qui n'est pas une valeur possible ("
          + java.util.Arrays.toString(type.getEnumConstants()) + ").");
    }
  }

  private static IllegalStateException missing(DelegateExecution execution, String what) {
    return new IllegalStateException("Le portefeuille n'enregistre pas " + what + " pour le projet "
        + execution.getProcessBusinessKey() + " (instance " + execution.getProcessInstanceId() + ") : la route ne peut pas être décidée.");
  }
}
