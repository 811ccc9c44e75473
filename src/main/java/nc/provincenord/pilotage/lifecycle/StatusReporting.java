package nc.provincenord.pilotage.lifecycle;

import java.time.LocalDate;
import nc.provincenord.pilotage.lifecycle.HealthService.Health;
import nc.provincenord.pilotage.lifecycle.HealthService.StatusFigures;
import nc.provincenord.pilotage.steering.PlanRepository;
import nc.provincenord.pilotage.steering.ProjectPlan;
import nc.provincenord.pilotage.steering.StatusEntry;
import org.springframework.stereotype.Service;

/**
 * A status report recorded: the steering follow-up first (milestones, risks, consumption per line),
 * then the project's figures. The consumed budget is the sum of the budget lines when the project
 * has lines, else the project's own figure; the health is assessed against the plan's reference
 * budget and end date, the milestones' slips and the open risks.
 */
@Service
class StatusReporting {

  private final ProjectPortfolio portfolio;
  private final HealthService health;
  private final PlanRepository plans;

  StatusReporting(ProjectPortfolio portfolio, HealthService health, PlanRepository plans) {
    this.portfolio = portfolio;
    this.health = health;
    this.plans = plans;
  }

  /** What the report's form gave besides the steering lists. */
  record Filed(long progressPercent, LocalDate forecastEndDate, long qualityIssues, String risks, String reportedBy) {
  }

  /** The health assessed and the consumed budget it was assessed on. */
  record Reported(Health health, long consumedBudget) {
  }

  Reported record(String businessKey, StatusEntry steering, Filed filed) {
    plans.recordStatus(businessKey, steering);
    ProjectPlan plan = plans.planOf(businessKey);
    long consumed = plan.hasBudgetLines() ? plan.consumedTotal() : portfolio.consumedBudget(businessKey);
    ProjectPortfolio.StatusReport report = new ProjectPortfolio.StatusReport(filed.progressPercent(), consumed,
        filed.forecastEndDate(), filed.qualityIssues(), filed.risks());
    ProjectPortfolio.PlanFigures figures = portfolio.planFigures(businessKey);
    Health assessed = health.assess(new StatusFigures(report.progressPercent(), report.consumedBudget(), figures.referenceBudget(),
        figures.plannedEndDate(), report.forecastEndDate(), report.qualityIssues(), plan.milestones(), plan.risks()));
    portfolio.recordStatusReport(businessKey, report, figures.referenceBudget(), assessed, filed.reportedBy());
    return new Reported(assessed, consumed);
  }
}
