package nc.provincenord.pilotage.lifecycle.events;

import nc.provincenord.pilotage.notification.Recipients;

/** The project passed its gates (validation, and arbitration for the MAJOR track) and goes to planning. */
public record ProjectApproved(String businessKey, String title, Recipients recipients,
                              String trackLabel, Long allocatedBudget, String priorityLabel) implements LifecycleNotification {
}
