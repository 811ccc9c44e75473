package nc.provincenord.pilotage.lifecycle.events;

import nc.provincenord.pilotage.notification.Recipients;

/** A request turned down (analysis), or a project rejected (validation, arbitration): the requester is told. */
public record ProjectRequestRefused(String businessKey, String title, Recipients recipients,
                                    String stageLabel, String reason, String decidedBy) implements LifecycleNotification {
}
