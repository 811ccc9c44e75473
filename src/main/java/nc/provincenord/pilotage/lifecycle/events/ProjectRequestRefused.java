package nc.provincenord.pilotage.lifecycle.events;

import java.util.List;

/** A request turned down (analysis), or a project rejected (validation, arbitration): the requester is told. */
public record ProjectRequestRefused(String businessKey, String title, List<Recipient> recipients,
                                    String stageLabel, String reason, String decidedBy) implements LifecycleNotification {
}
