package nc.provincenord.pilotage.portfolio;

import java.time.OffsetDateTime;
import java.util.List;

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
                            BudgetTotals budget, List<DirectionBudget> budgetByDirection,
                            List<MilestoneLine> milestones, List<OpenRisk> openRisks, List<YearBudget> budgetPerYear) {

  /** Reports stored before issue 13 have no steering figures: empty lists, never null. */
  public WeeklyFigures {
    milestones = milestones == null ? List.of() : milestones;
    openRisks = openRisks == null ? List.of() : openRisks;
    budgetPerYear = budgetPerYear == null ? List.of() : budgetPerYear;
  }

  /** A milestone of an active project planned in the week or the four weeks ahead, or reached during the week. */
  public record MilestoneLine(String code, String title, String milestone, java.time.LocalDate plannedDate,
                              java.time.LocalDate forecastDate, java.time.LocalDate actualDate, long slipDays) {
  }

  /** An open risk of an active project (the highest scores first). */
  public record OpenRisk(String code, String title, String risk, int probability, int impact, int score, String owner) {
  }

  /** Budget lines of the active projects summed per year (XPF). */
  public record YearBudget(int year, long investment, long operating, long consumed) {
  }

  public record StageHealth(String stage, String label, long green, long amber, long red, long none, long total) {
  }

  public record RedProject(String code, String title, String direction, String stageLabel, OffsetDateTime turnedRedAt,
                           String message) {
  }

  public record OverdueApproval(String code, String title, String stageLabel, OffsetDateTime escalatedAt, String message) {
  }

  /** Sums in XPF: {@code reference} = allocated, else planned, else estimated budget. */
  public record BudgetTotals(long reference, long allocated, long consumed, long consumedPercent) {
  }

  public record DirectionBudget(String direction, long projects, long reference, long consumed) {
  }
}
