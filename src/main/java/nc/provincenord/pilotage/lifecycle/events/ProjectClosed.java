package nc.provincenord.pilotage.lifecycle.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The project is closed: the closing report's figures, planned against actual.
 *
 * @param daysPerStage days spent in each stage, keyed by the stage's French label, in stage order
 */
public record ProjectClosed(String businessKey, String title, List<Recipient> recipients,
                            Long plannedBudget, Long consumedBudget, LocalDate plannedEndDate, LocalDate actualEndDate,
                            Map<String, Long> daysPerStage, String lessonsLearned) implements LifecycleNotification {
}
