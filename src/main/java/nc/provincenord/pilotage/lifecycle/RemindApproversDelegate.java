package nc.provincenord.pilotage.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminder timer before an approval's due date. */
@Component
class RemindApproversDelegate implements JavaDelegate {

  private final ApprovalFollowUp followUp;

  RemindApproversDelegate(ApprovalFollowUp followUp) {
    this.followUp = followUp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUp.remind(execution);
  }
}
