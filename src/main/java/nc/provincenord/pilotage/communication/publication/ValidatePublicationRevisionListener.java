package nc.provincenord.pilotage.communication.publication;

import java.time.Clock;
import java.time.LocalDate;
import nc.provincenord.pilotage.process.TaskFormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Checks the requester's revision with the same rules as the submission. */
@Component
class ValidatePublicationRevisionListener extends TaskFormValidation {

  private final Clock clock;

  ValidatePublicationRevisionListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  protected void validate(DelegateExecution execution) {
    PublicationForm.request(execution, LocalDate.now(clock));
  }
}
