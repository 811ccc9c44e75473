package nc.provincenord.pilotage.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * End listener of every lifecycle user task: validates the submission against the rules of the
 * form the task references ({@code camunda:formRef}), so the rules follow the form, not the task
 * name. An execution listener rather than a task listener: Camunda 7.24 wraps an exception thrown
 * by a task listener (ENGINE-03051) and the REST API then answers 500, whereas a
 * {@code FormFieldValidationException} from an execution listener reaches it as a 400. It runs in
 * the completion's transaction: a refusal rolls the completion back. Cancelled tasks (instance
 * deleted, migrated) are not validated.
 */
@Component
class ValidateLifecycleFormListener implements ExecutionListener {

  private final LifecycleForms forms;

  ValidateLifecycleFormListener(LifecycleForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled() || !(execution.getBpmnModelElementInstance() instanceof UserTask task)) {
      return;
    }
    forms.check(execution, LifecycleForms.Form.ofFormId(task.getCamundaFormRef()));
  }
}
