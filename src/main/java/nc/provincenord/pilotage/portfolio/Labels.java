package nc.provincenord.pilotage.portfolio;

import nc.provincenord.pilotage.lifecycle.LifecycleLabels;
import org.springframework.stereotype.Component;

/** The lifecycle's French labels for the portfolio templates: {@code ${@labels.track(p.track())}}. */
@Component("labels")
class Labels {

  public String track(String code) {
    return LifecycleLabels.track(code);
  }

  public String status(String code) {
    return LifecycleLabels.status(code);
  }

  public String decision(String code) {
    return LifecycleLabels.decision(code);
  }

  public String decisionKind(String code) {
    return LifecycleLabels.decisionKind(code);
  }
}
