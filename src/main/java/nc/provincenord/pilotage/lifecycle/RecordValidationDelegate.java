package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REVISION_COUNT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.VALIDATION_OUTCOME;

import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.Choices.ApprovalDecision;
import nc.provincenord.pilotage.lifecycle.Choices.ValidationOutcome;
import nc.provincenord.pilotage.lifecycle.ProjectPortfolio.RouteFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Combines the MOA's decision and (except for the LIGHT track) the MOE's, as recorded by their tasks:
 * a rejection wins, then a revision; a revision past {@code pilotage.lifecycle.max-revisions} goes to
 * the committee. The decisions, the track and the revision count are read from the portfolio, and the
 * outcome is written there for {@code Gateway_ValidationOutcome}; the variables are for display.
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
    ProjectRef project = ProjectRef.of(execution);
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
    portfolio.recordValidationOutcome(project, outcome.name(), revisions);
    REVISION_COUNT.set(execution, revisions);
    VALIDATION_OUTCOME.set(execution, outcome.name());
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
