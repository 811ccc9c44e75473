package nc.provincenord.pilotage.communication.publication;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Checks the start form (Tasklist or REST). */
@Component
class ValidatePublicationRequestListener implements ExecutionListener {

  private final Clock clock;

  ValidatePublicationRequestListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    PublicationForm.request(execution, LocalDate.now(clock));
  }
}
