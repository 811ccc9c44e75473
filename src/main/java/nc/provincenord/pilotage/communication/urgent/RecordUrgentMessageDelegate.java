package nc.provincenord.pilotage.communication.urgent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class RecordUrgentMessageDelegate implements JavaDelegate {

  private final UrgentMessageRepository repository;

  RecordUrgentMessageDelegate(UrgentMessageRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repository.insert(execution.getProcessInstanceId(), UrgentForm.start(execution), UrgentVariables.STARTED_BY.get(execution));
  }
}
