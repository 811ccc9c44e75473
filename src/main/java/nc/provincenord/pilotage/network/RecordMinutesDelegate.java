package nc.provincenord.pilotage.network;

import static nc.provincenord.pilotage.network.MeetingVariables.*;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the minutes and the action items ({@link MeetingSteps#recordMinutes}); each action becomes a
 * task for its owner (multi-instance over the ids written back).
 */
@Component
class RecordMinutesDelegate implements JavaDelegate {

  private final MeetingSteps steps;
  private final Clock clock;

  RecordMinutesDelegate(MeetingSteps steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingForm.Minutes minutes = MeetingForm.minutes(execution, execution.getProcessEngineServices().getIdentityService(), clock);
    List<String> ids = steps.recordMinutes(execution.getProcessInstanceId(), TITLE.get(execution), ORGANIZER.get(execution), minutes);
    ACTION_IDS.set(execution, ids);
    ACTION_COUNT.set(execution, (long) ids.size());
  }
}
