package nc.provincenord.pilotage.communication.urgent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Checks the start form or the variables of a REST start. */
@Component
class ValidateUrgentMessageListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    UrgentForm.start(execution);
  }
}
