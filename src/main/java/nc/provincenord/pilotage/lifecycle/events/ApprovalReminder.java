package nc.provincenord.pilotage.lifecycle.events;

import java.time.OffsetDateTime;
import java.util.List;
import nc.provincenord.pilotage.notification.Recipients;

/** An approval is still awaited and its due date is near. */
public record ApprovalReminder(String businessKey, String title, Recipients recipients,
                               String stageLabel, List<String> pendingTasks, OffsetDateTime dueDate) implements LifecycleNotification {
}
