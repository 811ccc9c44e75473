package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ADOPTION_CHECK_DELAY;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ADOPTION_THRESHOLD;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.CHANGE_MANAGEMENT_NEEDED;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PLANNED_BUDGET;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PLANNED_END_DATE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PLANNED_START_DATE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ROLLOUT_COMMUNES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The plan goes to the portfolio, where the rollout reads its sites and the rollout split reads
 * whether change management is needed; the change-management delays come from configuration.
 */
@Component
class RecordPlanDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;
  private final LifecycleSettings settings;

  RecordPlanDelegate(ProjectPortfolio portfolio, LifecycleSettings settings) {
    this.portfolio = portfolio;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> sites = new ArrayList<>(ROLLOUT_COMMUNES.get(execution));
    portfolio.recordPlan(execution.getProcessBusinessKey(), PLANNED_BUDGET.get(execution),
        LocalDate.parse(PLANNED_START_DATE.get(execution)), LocalDate.parse(PLANNED_END_DATE.get(execution)), sites);
    portfolio.recordChangeManagementNeeded(ProjectRef.of(execution), Boolean.TRUE.equals(CHANGE_MANAGEMENT_NEEDED.get(execution)));
    ADOPTION_CHECK_DELAY.set(execution, settings.adoptionCheckDelay());
    ADOPTION_THRESHOLD.set(execution, (long) settings.adoptionThreshold());
  }
}
