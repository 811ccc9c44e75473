package nc.provincenord.pilotage.communication.urgent;

import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Who took the message, when, at which level; that agent publishes and closes it. */
@Component
class RecordUrgentTakenDelegate implements JavaDelegate {

  private final UrgentMessageRepository repository;

  RecordUrgentTakenDelegate(UrgentMessageRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String agent = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
    var timeline = repository.timeline(execution.getProcessInstanceId());
    String level = timeline.map(UrgentMessageRepository.Timeline::currentLevel).orElse(UrgentLevels.ON_DUTY);
    repository.recordTaken(execution.getProcessInstanceId(), agent, level);
    UrgentVariables.AGENT.set(execution, agent);
  }
}
