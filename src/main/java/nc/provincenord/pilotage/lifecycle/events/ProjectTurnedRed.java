package nc.provincenord.pilotage.lifecycle.events;

import java.util.List;
import nc.provincenord.pilotage.notification.Recipients;

/** A status report made the project's health red: the steering committee is alerted. */
public record ProjectTurnedRed(String businessKey, String title, Recipients recipients,
                               String costHealth, String scheduleHealth, String qualityHealth,
                               List<String> reasons) implements LifecycleNotification {
}
