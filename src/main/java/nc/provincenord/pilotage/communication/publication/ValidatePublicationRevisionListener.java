package nc.provincenord.pilotage.communication.publication;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the requester's revision with the same rules as the submission. */
@Component
class ValidatePublicationRevisionListener implements TaskListener {

  private final Clock clock;

  ValidatePublicationRevisionListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    PublicationForm.request(task.getExecution(), LocalDate.now(clock));
  }
}
