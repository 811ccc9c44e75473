package nc.provincenord.pilotage.communication.publication;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the revised content; the next review starts from a blank decision. */
@Component
class RecordPublicationRevisionDelegate implements JavaDelegate {

  private final PublicationRepository repository;
  private final Clock clock;

  RecordPublicationRevisionDelegate(PublicationRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PublicationRequest request = PublicationForm.request(execution, LocalDate.now(clock));
    repository.recordRevision(execution.getProcessInstanceId(), request);
    PublicationVariables.REVIEW_DECISION.set(execution, null);
  }
}
