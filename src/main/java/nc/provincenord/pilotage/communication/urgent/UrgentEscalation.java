package nc.provincenord.pilotage.communication.urgent;

import nc.provincenord.pilotage.engine.ModelHelper;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an urgent message may wait before escalating ({@code pilotage.urgent.escalation-delay},
 * ISO-8601, PT30M by default). Read by the BPMN timers as {@code ${urgentEscalation.delay}}.
 */
@ModelHelper
@Component("urgentEscalation")
public class UrgentEscalation {

  private final Duration delay;

  public UrgentEscalation(@Value("${pilotage.urgent.escalation-delay:PT30M}") Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("pilotage.urgent.escalation-delay doit être une durée positive (reçu : " + delay + ")");
    }
    this.delay = delay;
  }

  /** The delay as an ISO-8601 duration, the form a BPMN timeDuration expects. */
  public String getDelay() {
    return delay.toString();
  }
}
