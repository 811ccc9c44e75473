package nc.provincenord.pilotage.network;

import static nc.provincenord.pilotage.network.MeetingVariables.*;

import java.time.Clock;
import java.util.List;
import nc.provincenord.pilotage.network.events.ReferentActionAssigned;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Stores the minutes and the action items; each action becomes a task for its owner (multi-instance over the ids). */
@Component
class RecordMinutesDelegate implements JavaDelegate {

  private final MeetingRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RecordMinutesDelegate(MeetingRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingForm.Minutes minutes = MeetingForm.minutes(execution, execution.getProcessEngineServices().getIdentityService(), clock);
    List<String> ids = repository.recordMinutes(execution.getProcessInstanceId(), minutes.minutes(), minutes.attendees(),
        minutes.actions());
    ACTION_IDS.set(execution, ids);
    ACTION_COUNT.set(execution, (long) ids.size());
    for (int i = 0; i < ids.size(); i++) {
      ActionItem action = minutes.actions().get(i);
      events.publishEvent(new ReferentActionAssigned(execution.getProcessInstanceId(), ids.get(i), TITLE.get(execution),
          action.what(), action.dueDate(), ORGANIZER.get(execution), List.of(action.owner())));
    }
  }
}
