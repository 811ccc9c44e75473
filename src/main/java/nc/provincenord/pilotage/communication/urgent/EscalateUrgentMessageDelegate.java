package nc.provincenord.pilotage.communication.urgent;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Not taken in time: records the escalation and tells the people of the next level. The
 * level follows from the BPMN element: {@code Task_EscalateToBackup} or {@code Task_EscalateToHead}.
 */
@Component
class EscalateUrgentMessageDelegate implements JavaDelegate {

  static final String TO_BACKUP = "Task_EscalateToBackup";

  private final UrgentMessageRepository repository;
  private final ApplicationEventPublisher events;

  EscalateUrgentMessageDelegate(UrgentMessageRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean toBackup = TO_BACKUP.equals(execution.getCurrentActivityId());
    String level = toBackup ? UrgentLevels.BACKUP : UrgentLevels.HEAD;
    UrgentLevels levels = UrgentRecord.levels(repository, execution);
    repository.recordEscalation(execution.getProcessInstanceId(), level);
    List<String> users = List.copyOf(toBackup ? levels.backupCandidates() : levels.headCandidates());
    events.publishEvent(UrgentEvents.assigned(execution, level, users, repository));
  }
}
