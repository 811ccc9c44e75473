package nc.provincenord.pilotage.communication.publication;

import nc.provincenord.pilotage.process.TaskFormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

@Component
class ValidatePublicationPublishListener extends TaskFormValidation {

  @Override
  protected void validate(DelegateExecution execution) {
    PublicationForm.publication(execution);
  }
}
