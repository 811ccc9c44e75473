package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.WITHDRAWAL_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After « Demande retirée par le demandeur »: {@link WithdrawalOutcome} records it and tells the analyst. */
@Component
class WithdrawProjectDelegate implements JavaDelegate {

  private final WithdrawalOutcome outcome;

  WithdrawProjectDelegate(WithdrawalOutcome outcome) {
    this.outcome = outcome;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcome.record(ProjectRef.of(execution), TITLE.get(execution), WITHDRAWAL_REASON.get(execution));
  }
}
