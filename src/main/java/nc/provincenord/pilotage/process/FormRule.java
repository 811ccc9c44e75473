package nc.provincenord.pilotage.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The server-side rule of one form: checks what was submitted and stores the valid values back
 * (trimmed, typed). A refusal throws {@link org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException}
 * (see {@link FormCheck}): the REST API answers 400 in French and the step rolls back.
 */
@FunctionalInterface
public interface FormRule {

  /** For a form that only shows values: nothing is submitted, so nothing to check. */
  FormRule NOTHING_SUBMITTED = execution -> {
  };

  void check(DelegateExecution execution);
}
