package nc.provincenord.pilotage.network;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

@Component
class ValidateMeetingPlanListener implements ExecutionListener {

  private final Clock clock;

  ValidateMeetingPlanListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    MeetingForm.plan(execution, clock);
  }
}
