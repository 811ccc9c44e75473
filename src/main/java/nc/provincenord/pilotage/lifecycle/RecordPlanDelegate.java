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
import nc.provincenord.pilotage.steering.PlanRepository;
import nc.provincenord.pilotage.steering.PlanValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The plan goes to the portfolio, where the rollout reads its sites and the rollout split reads
 * whether change management is needed; its milestones, team and budget lines go to the steering
 * tables; the change-management delays come from configuration.
 */
@Component
class RecordPlanDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;
  private final LifecycleSettings settings;
  private final PlanValidation steering;
  private final PlanRepository plans;

  RecordPlanDelegate(ProjectPortfolio portfolio, LifecycleSettings settings, PlanValidation steering, PlanRepository plans) {
    this.portfolio = portfolio;
    this.settings = settings;
    this.steering = steering;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    List<String> sites = new ArrayList<>(ROLLOUT_COMMUNES.get(execution));
    LocalDate start = LocalDate.parse(PLANNED_START_DATE.get(execution));
    LocalDate end = LocalDate.parse(PLANNED_END_DATE.get(execution));
    long budget = PLANNED_BUDGET.get(execution);
    portfolio.recordPlan(businessKey, budget, start, end, sites);
    plans.recordPlan(businessKey, steering.planning(execution, start, end, budget));
    portfolio.recordChangeManagementNeeded(ProjectRef.of(execution), Boolean.TRUE.equals(CHANGE_MANAGEMENT_NEEDED.get(execution)));
    ADOPTION_CHECK_DELAY.set(execution, settings.adoptionCheckDelay());
    ADOPTION_THRESHOLD.set(execution, (long) settings.adoptionThreshold());
  }
}
