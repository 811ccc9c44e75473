package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REVISION_COUNT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TRACK;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.VALIDATION_OUTCOME;

import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.Choices.ApprovalDecision;
import nc.provincenord.pilotage.lifecycle.Choices.ValidationOutcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Combines the MOA's decision and (except for the LIGHT track) the MOE's: a rejection wins,
 * then a revision; a revision past {@code pilotage.lifecycle.max-revisions} goes to the committee.
 */
@Component
class RecordValidationDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;
  private final LifecycleSettings settings;

  RecordValidationDelegate(ProjectPortfolio portfolio, LifecycleSettings settings) {
    this.portfolio = portfolio;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ApprovalDecision> decisions = new ArrayList<>();
    decisions.add(ApprovalDecision.valueOf(DecisionKind.MOA_VALIDATION.decision().get(execution)));
    if (!Choices.Track.LIGHT.name().equals(TRACK.get(execution))) {
      decisions.add(ApprovalDecision.valueOf(DecisionKind.MOE_OPINION.decision().get(execution)));
    }
    ValidationOutcome outcome = outcome(decisions);
    if (outcome == ValidationOutcome.REVISE) {
      long revisions = REVISION_COUNT.get(execution) == null ? 1 : REVISION_COUNT.get(execution) + 1;
      REVISION_COUNT.set(execution, revisions);
      portfolio.recordRevisionCount(execution.getProcessBusinessKey(), revisions);
      if (revisions > settings.maxRevisions()) {
        outcome = ValidationOutcome.ESCALATE;
      }
    }
    VALIDATION_OUTCOME.set(execution, outcome.name());
  }

  static ValidationOutcome outcome(List<ApprovalDecision> decisions) {
    if (decisions.contains(ApprovalDecision.REJECT)) {
      return ValidationOutcome.REJECT;
    }
    return decisions.contains(ApprovalDecision.REVISE) ? ValidationOutcome.REVISE : ValidationOutcome.APPROVE;
  }
}
