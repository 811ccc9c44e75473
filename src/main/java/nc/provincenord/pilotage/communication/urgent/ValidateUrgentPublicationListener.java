package nc.provincenord.pilotage.communication.urgent;

import java.time.Clock;
import nc.provincenord.pilotage.process.TaskFormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

@Component
class ValidateUrgentPublicationListener extends TaskFormValidation {

  private final Clock clock;

  ValidateUrgentPublicationListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  protected void validate(DelegateExecution execution) {
    UrgentForm.publication(execution, clock);
  }
}
