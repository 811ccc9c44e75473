package nc.provincenord.pilotage.portfolio;

import java.time.OffsetDateTime;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.BudgetTotals;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.DirectionBudget;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.OverdueApproval;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.RedProject;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageHealth;

/**
 * The figures of the weekly portfolio report, for the active projects of its scope.
 *
 * @param periodStart   start of the week covered (7 days before {@code asOf})
 * @param stageHealth   active projects per stage and overall health
 * @param turnedRed     health turned red during the week (alerts {@code HEALTH_RED})
 * @param overdueApprovals validations and arbitrations past their due date, still waiting (escalated)
 */
public record WeeklyFigures(OffsetDateTime asOf, OffsetDateTime periodStart, long activeProjects, long newProjects,
                            long closedProjects, List<StageHealth> stageHealth, StageHealth totals,
                            List<RedProject> turnedRed, List<OverdueApproval> overdueApprovals,
                            BudgetTotals budget, List<DirectionBudget> budgetByDirection) {
}
