package nc.provincenord.pilotage.lifecycle.events;

import java.time.LocalDate;
import nc.provincenord.pilotage.notification.Recipients;

/** The steering committee postponed the project until a date, when it comes back to arbitration. */
public record ProjectPostponed(String businessKey, String title, Recipients recipients,
                               LocalDate postponedUntil, String comment) implements LifecycleNotification {
}
