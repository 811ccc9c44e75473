package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.CONSUMED_BUDGET;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.FORECAST_END_DATE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_COST;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_QUALITY;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_REASONS;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_SCHEDULE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROGRESS_PERCENT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_HEALTH;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.QUALITY_ISSUES;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REPORT_RISKS;

import java.time.Clock;
import java.time.LocalDate;
import nc.provincenord.pilotage.lifecycle.HealthService.Health;
import nc.provincenord.pilotage.process.CurrentUser;
import nc.provincenord.pilotage.steering.PlanRepository;
import nc.provincenord.pilotage.steering.PlanValidation;
import nc.provincenord.pilotage.steering.StatusEntry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reads the status report's form and hands it to {@link StatusReporting}, which records it; writes the
 * health it assessed (levels and French reasons) back for the gateway, the alert and Tasklist, and the
 * consumed budget for the closure form.
 */
@Component
class RecordStatusReportDelegate implements JavaDelegate {

  private final StatusReporting reporting;
  private final PlanValidation steering;
  private final PlanRepository plans;
  private final Clock clock;

  RecordStatusReportDelegate(StatusReporting reporting, PlanValidation steering, PlanRepository plans, Clock clock) {
    this.reporting = reporting;
    this.steering = steering;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    StatusEntry steeringLists = steering.statusReport(execution, plans.planOf(businessKey), LocalDate.now(clock));
    StatusReporting.Filed filed = new StatusReporting.Filed(PROGRESS_PERCENT.get(execution),
        LocalDate.parse(FORECAST_END_DATE.get(execution)), QUALITY_ISSUES.get(execution), REPORT_RISKS.get(execution),
        CurrentUser.id(execution.getProcessEngineServices()).orElse(null));
    StatusReporting.Reported reported = reporting.record(businessKey, steeringLists, filed);
    Health assessed = reported.health();
    CONSUMED_BUDGET.set(execution, reported.consumedBudget());
    PROJECT_HEALTH.set(execution, assessed.overall().name());
    HEALTH_REASONS.set(execution, String.join("\n", assessed.reasons()));
    HEALTH_COST.set(execution, assessed.cost().name());
    HEALTH_SCHEDULE.set(execution, assessed.schedule().name());
    HEALTH_QUALITY.set(execution, assessed.quality().name());
  }
}
