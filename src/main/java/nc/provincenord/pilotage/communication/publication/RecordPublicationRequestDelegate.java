package nc.provincenord.pilotage.communication.publication;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class RecordPublicationRequestDelegate implements JavaDelegate {

  private final PublicationRepository repository;
  private final Clock clock;

  RecordPublicationRequestDelegate(PublicationRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PublicationRequest request = PublicationForm.request(execution, LocalDate.now(clock));
    repository.insert(execution.getProcessInstanceId(), request, PublicationVariables.REQUESTER.get(execution));
  }
}
