package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_COST;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_QUALITY;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_REASONS;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_SCHEDULE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_MANAGER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A red health: {@link RedHealthAlert} records the alert and tells the committee and the project manager. */
@Component
class AlertCommitteeDelegate implements JavaDelegate {

  private final RedHealthAlert alert;

  AlertCommitteeDelegate(RedHealthAlert alert) {
    this.alert = alert;
  }

  @Override
  public void execute(DelegateExecution execution) {
    alert.alert(execution.getProcessBusinessKey(), TITLE.get(execution), PROJECT_MANAGER.get(execution),
        new RedHealthAlert.LastReport(HEALTH_COST.get(execution), HEALTH_SCHEDULE.get(execution), HEALTH_QUALITY.get(execution),
            HEALTH_REASONS.get(execution)));
  }
}
