package nc.provincenord.pilotage.portfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nc.provincenord.pilotage.lifecycle.LifecycleLabels;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageHealth;
import nc.provincenord.pilotage.lifecycle.ProjectReads;
import nc.provincenord.pilotage.lifecycle.ProjectScope;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import nc.provincenord.pilotage.lifecycle.ProjectStatistics;
import nc.provincenord.pilotage.steering.SteeringFigures;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Repository;

/**
 * The weekly report's figures, read through the lifecycle's read API: aggregates computed by the
 * database, and the project list streamed row by row into the CSV.
 */
@Repository
class WeeklyReportQueries {

  private final ProjectStatistics statistics;
  private final ProjectReads projects;
  private final SteeringFigures steering;

  WeeklyReportQueries(ProjectStatistics statistics, ProjectReads projects, SteeringFigures steering) {
    this.statistics = statistics;
    this.projects = projects;
    this.steering = steering;
  }

  WeeklyFigures figures(PortfolioFilter filter, OffsetDateTime asOf) {
    OffsetDateTime from = asOf.minusDays(7);
    ProjectScope scope = filter.scope();
    List<StageHealth> stageHealth = statistics.activeStageHealth(scope);
    return new WeeklyFigures(asOf, from, statistics.active(scope), statistics.created(scope, from, asOf),
        statistics.closed(scope, from, asOf), stageHealth.subList(0, stageHealth.size() - 1), stageHealth.get(stageHealth.size() - 1),
        statistics.turnedRed(scope, from, asOf), statistics.overdueApprovals(scope, asOf), statistics.activeBudget(scope),
        statistics.activeBudgetByDirection(scope),
        steering.milestones(scope, from.toLocalDate(), asOf.toLocalDate(), asOf.toLocalDate().plusWeeks(4)),
        steering.openRisks(scope, 30), steering.budgetPerYear(scope));
  }

  /** One CSV line per active project of the scope, streamed from the database. */
  void writeProjects(PortfolioFilter filter, Set<String> turnedRed, CSVPrinter csv) {
    projects.eachActive(filter.scope(), row -> {
      LocalDate end = row.forecastEnd() != null ? row.forecastEnd() : row.plannedEnd();
      try {
        csv.printRecord(row.key(), CsvText.safe(row.title()), row.direction(), row.track() == null ? "" : LifecycleLabels.track(row.track()),
            label(row.stage()), Formats.health(row.health().cost()), Formats.health(row.health().schedule()),
            Formats.health(row.health().quality()), Formats.health(row.health().overall()),
            turnedRed.contains(row.key()) ? "oui" : "non", row.reference(), row.allocated(), row.consumed(),
            end == null ? "" : end.toString(), CsvText.safe(row.manager()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String label(String stage) {
    return stage == null ? "—" : ProjectStage.valueOf(stage).label();
  }
}
