package nc.provincenord.pilotage.network;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class CloseMeetingDelegate implements JavaDelegate {

  private final MeetingRepository repository;

  CloseMeetingDelegate(MeetingRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repository.close(execution.getProcessInstanceId());
  }
}
