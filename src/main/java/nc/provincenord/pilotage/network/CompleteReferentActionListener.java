package nc.provincenord.pilotage.network;

import static nc.provincenord.pilotage.network.MeetingVariables.*;

import nc.provincenord.pilotage.process.CurrentUser;
import nc.provincenord.pilotage.process.TaskFormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Validates the action's outcome (done, or cancelled with a reason) and records it. */
@Component
class CompleteReferentActionListener extends TaskFormValidation {

  private final MeetingRepository repository;

  CompleteReferentActionListener(MeetingRepository repository) {
    this.repository = repository;
  }

  @Override
  protected void validate(DelegateExecution execution) {
    MeetingForm.ActionOutcome outcome = MeetingForm.outcome(execution);
    repository.recordActionOutcome(ACTION_ID.get(execution), outcome.name(), ACTION_COMMENT.get(execution),
        CurrentUser.id(execution.getProcessEngineServices()).orElse(null));
  }
}
