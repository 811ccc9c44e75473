package nc.provincenord.pilotage.communication.urgent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Not taken in time: {@link UrgentSteps#escalate} records the escalation and tells the people of the
 * next level. The level follows from the BPMN element: {@code Task_EscalateToBackup} or {@code Task_EscalateToHead}.
 */
@Component
class EscalateUrgentMessageDelegate implements JavaDelegate {

  static final String TO_BACKUP = "Task_EscalateToBackup";

  private final UrgentSteps steps;

  EscalateUrgentMessageDelegate(UrgentSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String level = TO_BACKUP.equals(execution.getCurrentActivityId()) ? UrgentLevels.BACKUP : UrgentLevels.HEAD;
    steps.escalate(execution.getProcessInstanceId(), level, UrgentEvents.Message.of(execution));
  }
}
