package nc.provincenord.pilotage.lifecycle.events;

import java.util.List;

/** The project passed its gates (validation, and arbitration for the MAJOR track) and goes to planning. */
public record ProjectApproved(String businessKey, String title, List<Recipient> recipients,
                              String trackLabel, Long allocatedBudget, String priorityLabel) implements LifecycleNotification {
}
