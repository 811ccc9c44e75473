package nc.provincenord.pilotage.communication.urgent;

import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.TITLE;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records who may take the message at each escalation level ({@link OnDutyAssignment}; the "take"
 * tasks read them back through {@code urgentRecord}) and offers it to the level on duty.
 */
@Component
class AssignOnDutyAgentDelegate implements JavaDelegate {

  private final OnDutyAssignment assignment;
  private final UrgentMessageRepository repository;
  private final ApplicationEventPublisher events;

  AssignOnDutyAgentDelegate(OnDutyAssignment assignment, UrgentMessageRepository repository, ApplicationEventPublisher events) {
    this.assignment = assignment;
    this.repository = repository;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UrgentLevels levels = assignment.assign(execution.getProcessInstanceId(), TITLE.get(execution));
    events.publishEvent(UrgentEvents.assigned(execution, UrgentLevels.ON_DUTY, List.copyOf(levels.onDutyCandidates()),
        repository));
  }
}
