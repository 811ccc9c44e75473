package nc.provincenord.pilotage.lifecycle;

import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.Choices.ApprovalDecision;
import nc.provincenord.pilotage.lifecycle.Choices.ValidationOutcome;
import nc.provincenord.pilotage.lifecycle.ProjectPortfolio.RouteFacts;
import org.springframework.stereotype.Service;

/**
 * The validation's rule: the MOA's decision and (except for the LIGHT track) the MOE's, as recorded
 * by their tasks; a rejection wins, then a revision; a revision past
 * {@code pilotage.lifecycle.max-revisions} goes to the committee. Decisions, track and revision
 * count are read from the portfolio (never from process variables).
 */
@Service
class ValidationRule {

  /** The outcome and the revision count that goes with it. */
  record Verdict(ValidationOutcome outcome, long revisions) {
  }

  private final ProjectPortfolio portfolio;
  private final LifecycleSettings settings;

  ValidationRule(ProjectPortfolio portfolio, LifecycleSettings settings) {
    this.portfolio = portfolio;
    this.settings = settings;
  }

  Verdict decide(ProjectRef project) {
    RouteFacts facts = portfolio.routeFacts(project)
        .orElseThrow(() -> new IllegalStateException("Le projet " + project.businessKey() + " n'est pas au portefeuille."));
    List<ApprovalDecision> decisions = new ArrayList<>();
    decisions.add(recorded(project, DecisionKind.MOA_VALIDATION));
    if (!Choices.Track.LIGHT.name().equals(facts.track())) {
      decisions.add(recorded(project, DecisionKind.MOE_OPINION));
    }
    ValidationOutcome outcome = outcome(decisions);
    long revisions = facts.revisionCount();
    if (outcome == ValidationOutcome.REVISE) {
      revisions++;
      if (revisions > settings.maxRevisions()) {
        outcome = ValidationOutcome.ESCALATE;
      }
    }
    return new Verdict(outcome, revisions);
  }

  private ApprovalDecision recorded(ProjectRef project, DecisionKind kind) {
    return ApprovalDecision.valueOf(portfolio.lastDecision(project, kind, null)
        .orElseThrow(() -> new IllegalStateException("Le portefeuille n'enregistre pas la décision « " + kind.label()
            + " » du projet " + project.businessKey() + ".")));
  }

  static ValidationOutcome outcome(List<ApprovalDecision> decisions) {
    if (decisions.contains(ApprovalDecision.REJECT)) {
      return ValidationOutcome.REJECT;
    }
    return decisions.contains(ApprovalDecision.REVISE) ? ValidationOutcome.REVISE : ValidationOutcome.APPROVE;
  }
}
