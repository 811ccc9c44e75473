package nc.provincenord.pilotage.communication.urgent;

import java.time.Clock;
import java.util.Map;
import nc.provincenord.pilotage.process.FormRule;
import nc.provincenord.pilotage.process.FormRules;
import org.springframework.stereotype.Component;

/** The rules of the urgent communication's forms. */
@Component
class UrgentFormRules implements FormRules {

  private final Clock clock;

  UrgentFormRules(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Map<String, FormRule> byFormId() {
    return Map.of(
        "urgent-communication-start", UrgentForm::start,
        // Taking the message submits no field of its own; its fields are checked again with the
        // rules of the start form.
        "urgent-communication-take", UrgentForm::start,
        "urgent-communication-publish", execution -> UrgentForm.publication(execution, clock));
  }
}
