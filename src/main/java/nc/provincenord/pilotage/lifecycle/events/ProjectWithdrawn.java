package nc.provincenord.pilotage.lifecycle.events;

import nc.provincenord.pilotage.notification.Recipients;

/** The requester withdrew her request before the needs analysis: the project manager (or their group) is told. */
public record ProjectWithdrawn(String businessKey, String title, Recipients recipients, String requester,
                               String reason) implements LifecycleNotification {
}
