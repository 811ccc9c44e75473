package nc.provincenord.pilotage.lifecycle.events;

import java.util.List;

/** A status report made the project's health red: the steering committee is alerted. */
public record ProjectTurnedRed(String businessKey, String title, List<Recipient> recipients,
                               String costHealth, String scheduleHealth, String qualityHealth,
                               List<String> reasons) implements LifecycleNotification {
}
