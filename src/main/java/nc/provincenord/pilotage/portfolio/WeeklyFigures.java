package nc.provincenord.pilotage.portfolio;

import java.time.OffsetDateTime;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.BudgetTotals;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.DirectionBudget;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.OverdueApproval;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.RedProject;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageHealth;
import nc.provincenord.pilotage.steering.SteeringFigures.MilestoneLine;
import nc.provincenord.pilotage.steering.SteeringFigures.OpenRisk;
import nc.provincenord.pilotage.steering.SteeringFigures.YearBudget;

/**
 * The figures of the weekly portfolio report, for the active projects of its scope.
 *
 * @param periodStart   start of the week covered (7 days before {@code asOf})
 * @param stageHealth   active projects per stage and overall health
 * @param turnedRed     health turned red during the week (alerts {@code HEALTH_RED})
 * @param overdueApprovals validations and arbitrations past their due date, still waiting (escalated)
 * @param milestones    milestones planned in the week or the four weeks ahead, or reached during the week
 * @param openRisks     open risks, highest score first (30 at most)
 * @param budgetPerYear budget lines summed per year
 */
public record WeeklyFigures(OffsetDateTime asOf, OffsetDateTime periodStart, long activeProjects, long newProjects,
                            long closedProjects, List<StageHealth> stageHealth, StageHealth totals,
                            List<RedProject> turnedRed, List<OverdueApproval> overdueApprovals,
                            BudgetTotals budget, List<DirectionBudget> budgetByDirection,
                            List<MilestoneLine> milestones, List<OpenRisk> openRisks, List<YearBudget> budgetPerYear) {

  /** Reports stored before the steering tables have no steering figures: empty lists, never null. */
  public WeeklyFigures {
    milestones = milestones == null ? List.of() : milestones;
    openRisks = openRisks == null ? List.of() : openRisks;
    budgetPerYear = budgetPerYear == null ? List.of() : budgetPerYear;
  }
}
