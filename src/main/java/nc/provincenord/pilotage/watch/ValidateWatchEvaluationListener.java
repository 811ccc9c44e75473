package nc.provincenord.pilotage.watch;

import nc.provincenord.pilotage.process.TaskFormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

@Component
class ValidateWatchEvaluationListener extends TaskFormValidation {

  @Override
  protected void validate(DelegateExecution execution) {
    WatchItemForm.evaluation(execution);
  }
}
