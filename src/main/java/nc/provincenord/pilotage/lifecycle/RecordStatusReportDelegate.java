package nc.provincenord.pilotage.lifecycle;

import java.time.LocalDate;
import nc.provincenord.pilotage.lifecycle.HealthService.Health;
import nc.provincenord.pilotage.lifecycle.HealthService.StatusFigures;
import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.CONSUMED_BUDGET;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_COST;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_QUALITY;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_REASONS;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_SCHEDULE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.FORECAST_END_DATE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROGRESS_PERCENT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_HEALTH;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.QUALITY_ISSUES;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REPORT_RISKS;

import java.time.LocalDate;
import nc.provincenord.pilotage.lifecycle.HealthService.Health;
import nc.provincenord.pilotage.lifecycle.HealthService.StatusFigures;
import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a status report and the health computed from it by {@link HealthService}. */
@Component
class RecordStatusReportDelegate implements JavaDelegate {


  private final ProjectPortfolio portfolio;
  private final HealthService health;

  RecordStatusReportDelegate(ProjectPortfolio portfolio, HealthService health) {
    this.portfolio = portfolio;
    this.health = health;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    ProjectPortfolio.StatusReport report = new ProjectPortfolio.StatusReport(PROGRESS_PERCENT.get(execution),
        CONSUMED_BUDGET.get(execution), LocalDate.parse(FORECAST_END_DATE.get(execution)), QUALITY_ISSUES.get(execution),
        REPORT_RISKS.get(execution));
    ProjectPortfolio.PlanFigures plan = portfolio.planFigures(businessKey);
    Health assessed = health.assess(new StatusFigures(report.progressPercent(), report.consumedBudget(), plan.referenceBudget(),
        plan.plannedEndDate(), report.forecastEndDate(), report.qualityIssues()));
    portfolio.recordStatusReport(businessKey, report, plan.referenceBudget(), assessed,
        CurrentUser.id(execution.getProcessEngineServices()).orElse(null));
    PROJECT_HEALTH.set(execution, assessed.overall().name());
    HEALTH_REASONS.set(execution, String.join("\n", assessed.reasons()));
    HEALTH_COST.set(execution, assessed.cost().name());
    HEALTH_SCHEDULE.set(execution, assessed.schedule().name());
    HEALTH_QUALITY.set(execution, assessed.quality().name());
  }
}
