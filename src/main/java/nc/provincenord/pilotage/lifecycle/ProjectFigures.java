package nc.provincenord.pilotage.lifecycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the lifecycle's read API returns besides {@link ProjectRow}: aggregates and a project's history. */
public final class ProjectFigures {

  private ProjectFigures() {
  }

  /** Projects per health level on one axis ({@code Coût}, {@code Délai}, {@code Qualité}, {@code Globale}). */
  public record HealthRow(String axis, long green, long amber, long red, long none) {
  }

  /** Budget of a direction: {@code allocated} is the sum of the reference budgets. */
  public record BudgetLine(String direction, long allocated, long consumed) {
  }

  /** Median of the days the projects spent in a stage (completed stays, a stage entered twice adds up). */
  public record StageDuration(String stage, String label, double medianDays, long projects) {
  }

  public record CommuneRollout(String insee, String name, long concerned, long planned, long installed, long accepted) {
  }

  /** Rollout counts of one commune, by INSEE code (the commune's name is reference data). */
  public record RolloutCounts(String insee, long concerned, long planned, long installed, long accepted) {
  }

  public record StageVisit(String stage, String label, OffsetDateTime enteredAt, OffsetDateTime leftAt, double days) {
  }

  public record DecisionView(String stage, String stageLabel, String kind, String subject, String decision, String comment,
                             String decidedBy, OffsetDateTime decidedAt) {
  }

  public record StatusReportView(OffsetDateTime reportedAt, long progressPercent, long consumedBudget, long referenceBudget,
                                 long consumedPercent, LocalDate forecastEndDate, long qualityIssues, String risks,
                                 ProjectHealth health, String reportedBy) {
  }

  /** The columns of {@code project} the project page shows besides its {@link ProjectRow}. */
  public record ProjectFacts(ProjectRow row, String objective, String type, String requester, String priority, String specUrl,
                             String specVersion, String lessons, OffsetDateTime createdAt, OffsetDateTime closedAt) {
  }

  /** A project someone takes part in (requester, project manager, or author of a decision on it). */
  public record ProjectOfUser(String key, String processInstanceId, String title, String stage, String status,
                              String requester, String manager) {
  }

  /** A decision recorded on a project, newest first when listed. */
  public record RecordedDecision(String businessKey, String kind, String subject, String decision, String comment,
                                 String decidedBy, OffsetDateTime decidedAt) {
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
