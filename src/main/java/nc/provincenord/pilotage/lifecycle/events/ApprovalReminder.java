package nc.provincenord.pilotage.lifecycle.events;

import java.time.OffsetDateTime;
import java.util.List;

/** An approval is still awaited and its due date is near. */
public record ApprovalReminder(String businessKey, String title, List<Recipient> recipients,
                               String stageLabel, List<String> pendingTasks, OffsetDateTime dueDate) implements LifecycleNotification {
}
