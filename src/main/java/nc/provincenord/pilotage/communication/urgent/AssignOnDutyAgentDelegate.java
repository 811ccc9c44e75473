package nc.provincenord.pilotage.communication.urgent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records who may take the message at each escalation level and offers it to the level on duty
 * ({@link OnDutyAssignment}; the "take" tasks read the levels back through {@code urgentRecord}).
 */
@Component
class AssignOnDutyAgentDelegate implements JavaDelegate {

  private final OnDutyAssignment assignment;

  AssignOnDutyAgentDelegate(OnDutyAssignment assignment) {
    this.assignment = assignment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignment.assign(execution.getProcessInstanceId(), UrgentEvents.Message.of(execution));
  }
}
