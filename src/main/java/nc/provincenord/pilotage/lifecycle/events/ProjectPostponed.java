package nc.provincenord.pilotage.lifecycle.events;

import java.time.LocalDate;
import java.util.List;

/** The steering committee postponed the project until a date, when it comes back to arbitration. */
public record ProjectPostponed(String businessKey, String title, List<Recipient> recipients,
                               LocalDate postponedUntil, String comment) implements LifecycleNotification {
}
