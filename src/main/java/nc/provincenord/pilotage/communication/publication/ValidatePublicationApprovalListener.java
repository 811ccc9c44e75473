package nc.provincenord.pilotage.communication.publication;

import nc.provincenord.pilotage.process.TaskFormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

@Component
class ValidatePublicationApprovalListener extends TaskFormValidation {

  @Override
  protected void validate(DelegateExecution execution) {
    PublicationForm.approval(execution);
  }
}
