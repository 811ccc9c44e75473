package nc.provincenord.pilotage.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Server-side validation of a user task's form, attached to the task as an
 * execution listener on {@code end}:
 * {@code <camunda:executionListener event="end" delegateExpression="${validateXxxListener}"/>}.
 *
 * <p>Why not a {@code complete} task listener: the engine wraps any exception of a
 * task listener into a plain {@code ProcessEngineException}, which the REST API and
 * Tasklist turn into a 500. An execution listener lets the
 * {@code FormFieldValidationException} through: a 400 with the French message,
 * and the whole completion rolled back.
 */
public abstract class TaskFormValidation implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      // Left through a boundary event or a cancellation: nobody submitted the form.
      return;
    }
    validate(execution);
  }

  protected abstract void validate(DelegateExecution execution);
}
