package nc.provincenord.pilotage.network;

import java.time.Clock;
import nc.provincenord.pilotage.process.TaskFormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

@Component
class ValidateMinutesListener extends TaskFormValidation {

  private final Clock clock;

  ValidateMinutesListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  protected void validate(DelegateExecution execution) {
    MeetingForm.minutes(execution, execution.getProcessEngineServices().getIdentityService(), clock);
  }
}
