package nc.provincenord.pilotage.lifecycle;

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
import nc.provincenord.pilotage.lifecycle.HealthService.StatusFigures;
import nc.provincenord.pilotage.process.CurrentUser;
import nc.provincenord.pilotage.steering.PlanRepository;
import nc.provincenord.pilotage.steering.PlanValidation;
import nc.provincenord.pilotage.steering.ProjectPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a status report: the milestones' dates, the risk register and the consumption per budget
 * line go to the steering tables (the project's consumed budget is their sum), then the health
 * computed by {@link HealthService} from the report and the updated plan.
 */
@Component
class RecordStatusReportDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;
  private final HealthService health;
  private final PlanValidation steering;
  private final PlanRepository plans;
  private final Clock clock;

  RecordStatusReportDelegate(ProjectPortfolio portfolio, HealthService health, PlanValidation steering, PlanRepository plans,
                             Clock clock) {
    this.portfolio = portfolio;
    this.health = health;
    this.steering = steering;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    plans.recordStatus(businessKey, steering.statusReport(execution, plans.planOf(businessKey), LocalDate.now(clock)));
    ProjectPlan plan = plans.planOf(businessKey);
    long consumed = plan.hasBudgetLines() ? plan.consumedTotal() : portfolio.consumedBudget(businessKey);
    ProjectPortfolio.StatusReport report = new ProjectPortfolio.StatusReport(PROGRESS_PERCENT.get(execution), consumed,
        LocalDate.parse(FORECAST_END_DATE.get(execution)), QUALITY_ISSUES.get(execution), REPORT_RISKS.get(execution));
    ProjectPortfolio.PlanFigures figures = portfolio.planFigures(businessKey);
    Health assessed = health.assess(new StatusFigures(report.progressPercent(), report.consumedBudget(), figures.referenceBudget(),
        figures.plannedEndDate(), report.forecastEndDate(), report.qualityIssues(), plan.milestones(), plan.risks()));
    portfolio.recordStatusReport(businessKey, report, figures.referenceBudget(), assessed,
        CurrentUser.id(execution.getProcessEngineServices()).orElse(null));
    PROJECT_HEALTH.set(execution, assessed.overall().name());
    HEALTH_REASONS.set(execution, String.join("\n", assessed.reasons()));
    HEALTH_COST.set(execution, assessed.cost().name());
    HEALTH_SCHEDULE.set(execution, assessed.schedule().name());
    HEALTH_QUALITY.set(execution, assessed.quality().name());
  }
}
