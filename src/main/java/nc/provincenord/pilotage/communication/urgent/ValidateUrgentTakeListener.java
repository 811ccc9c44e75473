package nc.provincenord.pilotage.communication.urgent;

import nc.provincenord.pilotage.process.TaskFormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Taking an urgent message submits no field of its own, but a client could send the message's
 * fields back changed: they are checked again with the rules of the start form.
 */
@Component
class ValidateUrgentTakeListener extends TaskFormValidation {

  @Override
  protected void validate(DelegateExecution execution) {
    UrgentForm.start(execution);
  }
}
