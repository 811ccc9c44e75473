package nc.provincenord.pilotage.operations;

import java.time.Clock;
import java.util.ArrayList;
import nc.provincenord.pilotage.notification.Notifications;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link FrenchIncidentHandler} in place of Camunda's handler of failed jobs. Notifications are
 * looked up when an incident opens: this plugin is needed to build the engine.
 */
@Component
class IncidentPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<Notifications> notifications;
  private final Clock clock;

  IncidentPlugin(ObjectProvider<Notifications> notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomIncidentHandlers() == null) {
      configuration.setCustomIncidentHandlers(new ArrayList<>());
    }
    configuration.getCustomIncidentHandlers().add(new FrenchIncidentHandler(notifications, clock));
  }
}
