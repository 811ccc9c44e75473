package nc.provincenord.pilotage.lifecycle.events;

import java.time.LocalDate;
import java.util.Map;
import nc.provincenord.pilotage.notification.Recipients;

/**
 * The project is closed: the closing report's figures, planned against actual.
 *
 * @param daysPerStage days spent in each stage, keyed by the stage's French label, in stage order
 */
public record ProjectClosed(String businessKey, String title, Recipients recipients,
                            Long plannedBudget, Long consumedBudget, LocalDate plannedEndDate, LocalDate actualEndDate,
                            Map<String, Long> daysPerStage, String lessonsLearned) implements LifecycleNotification {
}
