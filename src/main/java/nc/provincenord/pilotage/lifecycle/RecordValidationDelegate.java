package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REVISION_COUNT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.VALIDATION_OUTCOME;

import nc.provincenord.pilotage.lifecycle.ValidationRule.Verdict;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the validation's outcome decided by {@link ValidationRule} in the portfolio, for
 * {@code Gateway_ValidationOutcome}; the variables are for display.
 */
@Component
class RecordValidationDelegate implements JavaDelegate {

  private final ValidationRule rule;
  private final ProjectPortfolio portfolio;

  RecordValidationDelegate(ValidationRule rule, ProjectPortfolio portfolio) {
    this.rule = rule;
    this.portfolio = portfolio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProjectRef project = ProjectRef.of(execution);
    Verdict verdict = rule.decide(project);
    portfolio.recordValidationOutcome(project, verdict.outcome().name(), verdict.revisions());
    REVISION_COUNT.set(execution, verdict.revisions());
    VALIDATION_OUTCOME.set(execution, verdict.outcome().name());
  }
}
