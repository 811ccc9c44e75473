package nc.provincenord.pilotage.network;

import static nc.provincenord.pilotage.network.MeetingVariables.*;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Invites the {@code referents} group ({@link MeetingSteps#invite}); next in the model, their Tasklist task. */
@Component
class InviteReferentsDelegate implements JavaDelegate {

  private final MeetingSteps steps;

  InviteReferentsDelegate(MeetingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.invite(execution.getProcessInstanceId(), new MeetingSteps.Meeting(TITLE.get(execution),
        OffsetDateTime.parse(STARTS_AT.get(execution)), PLACE.get(execution), VIDEO_LINK.get(execution), AGENDA.get(execution),
        ORGANIZER.get(execution)));
  }
}
