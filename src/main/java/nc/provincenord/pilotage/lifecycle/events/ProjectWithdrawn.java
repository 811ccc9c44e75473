package nc.provincenord.pilotage.lifecycle.events;

import java.util.List;

/** The requester withdrew her request before the needs analysis: the project manager (or their group) is told. */
public record ProjectWithdrawn(String businessKey, String title, List<Recipient> recipients, String requester,
                               String reason) implements LifecycleNotification {
}
