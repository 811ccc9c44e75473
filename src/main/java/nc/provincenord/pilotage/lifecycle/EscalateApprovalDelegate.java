package nc.provincenord.pilotage.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Escalation timer after an approval's due date: the steering committee is told. */
@Component
class EscalateApprovalDelegate implements JavaDelegate {

  private final ApprovalFollowUp followUp;

  EscalateApprovalDelegate(ApprovalFollowUp followUp) {
    this.followUp = followUp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUp.escalate(execution);
  }
}
