package nc.provincenord.pilotage.communication.publication;

import nc.provincenord.pilotage.process.TaskFormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

@Component
class ValidatePublicationCheckListener extends TaskFormValidation {

  @Override
  protected void validate(DelegateExecution execution) {
    PublicationForm.check(execution);
  }
}
