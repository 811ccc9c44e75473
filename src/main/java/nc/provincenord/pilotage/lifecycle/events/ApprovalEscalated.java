package nc.provincenord.pilotage.lifecycle.events;

import java.time.OffsetDateTime;
import java.util.List;
import nc.provincenord.pilotage.notification.Recipients;

/** An approval is overdue: the steering committee is told. */
public record ApprovalEscalated(String businessKey, String title, Recipients recipients,
                                String stageLabel, List<String> pendingTasks, OffsetDateTime dueDate) implements LifecycleNotification {
}
