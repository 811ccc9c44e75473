package nc.provincenord.pilotage.network;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

@Component
class ValidateMeetingPlanListener implements ExecutionListener {

  private final Clock clock;
  private final MeetingPlaces places;

  ValidateMeetingPlanListener(Clock clock, MeetingPlaces places) {
    this.clock = clock;
    this.places = places;
  }

  @Override
  public void notify(DelegateExecution execution) {
    MeetingForm.plan(execution, clock, places);
  }
}
