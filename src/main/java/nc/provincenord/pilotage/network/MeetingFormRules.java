package nc.provincenord.pilotage.network;

import static nc.provincenord.pilotage.network.MeetingVariables.ACTION_COMMENT;
import static nc.provincenord.pilotage.network.MeetingVariables.ACTION_ID;

import java.time.Clock;
import java.util.Map;
import nc.provincenord.pilotage.process.CurrentUser;
import nc.provincenord.pilotage.process.FormRule;
import nc.provincenord.pilotage.process.FormRules;
import org.springframework.stereotype.Component;

/** The rules of the referent meeting's forms. */
@Component
class MeetingFormRules implements FormRules {

  private final Clock clock;
  private final MeetingPlaces places;
  private final MeetingRepository repository;

  MeetingFormRules(Clock clock, MeetingPlaces places, MeetingRepository repository) {
    this.clock = clock;
    this.places = places;
    this.repository = repository;
  }

  @Override
  public Map<String, FormRule> byFormId() {
    return Map.of(
        "referent-meeting-plan", execution -> MeetingForm.plan(execution, clock, places),
        // The invitation only shows the meeting: the referent acknowledges it.
        "referent-meeting-invitation", FormRule.NOTHING_SUBMITTED,
        "referent-meeting-minutes", execution -> MeetingForm.minutes(execution,
            execution.getProcessEngineServices().getIdentityService(), clock),
        // The action's outcome (done, or cancelled with a reason) is checked, then recorded.
        "referent-meeting-action", execution -> {
          MeetingForm.ActionOutcome outcome = MeetingForm.outcome(execution);
          repository.recordActionOutcome(ACTION_ID.get(execution), outcome.name(), ACTION_COMMENT.get(execution),
              CurrentUser.id(execution.getProcessEngineServices()).orElse(null));
        });
  }
}
