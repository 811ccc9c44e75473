package nc.provincenord.pilotage.lifecycle.events;

import java.time.OffsetDateTime;
import java.util.List;

/** An approval is overdue: the steering committee is told. */
public record ApprovalEscalated(String businessKey, String title, List<Recipient> recipients,
                                String stageLabel, List<String> pendingTasks, OffsetDateTime dueDate) implements LifecycleNotification {
}
