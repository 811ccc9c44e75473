package nc.provincenord.pilotage.network;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class RecordMeetingDelegate implements JavaDelegate {

  private final MeetingRepository repository;
  private final Clock clock;
  private final MeetingPlaces places;

  RecordMeetingDelegate(MeetingRepository repository, Clock clock, MeetingPlaces places) {
    this.repository = repository;
    this.clock = clock;
    this.places = places;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repository.insert(execution.getProcessInstanceId(), MeetingForm.plan(execution, clock, places),
        MeetingVariables.ORGANIZER.get(execution));
  }
}
