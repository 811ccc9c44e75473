package nc.provincenord.pilotage.portfolio;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.CommuneRollout;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.ProjectFacts;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.RolloutCounts;
import nc.provincenord.pilotage.lifecycle.ProjectReads;
import nc.provincenord.pilotage.lifecycle.ProjectRow;
import nc.provincenord.pilotage.lifecycle.ProjectScope;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import nc.provincenord.pilotage.lifecycle.ProjectStatistics;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Budget;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Count;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Document;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Milestone;
import nc.provincenord.pilotage.portfolio.PortfolioViews.OpenTask;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Page;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectDetail;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectSummary;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Summary;
import nc.provincenord.pilotage.reference.CommuneRepository;
import org.springframework.beans.factory.annotation.Value;
import nc.provincenord.pilotage.steering.NextMilestone;
import nc.provincenord.pilotage.steering.PlanRepository;
import nc.provincenord.pilotage.steering.ProjectPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of the portfolio: the lifecycle's read API ({@link ProjectReads}, {@link ProjectStatistics}),
 * paged and aggregated in the database (never all rows in memory), and the open tasks from the engine
 * for the projects shown ({@link OpenTasks}).
 */
@Repository
public class PortfolioQueries {

  private final ProjectReads projects;
  private final ProjectStatistics statistics;
  private final OpenTasks openTasks;
  private final CommuneRepository communes;
  private final JdbcClient jdbc;
  private final SummaryCache cache;
  private final String baseUrl;

  PortfolioQueries(ProjectReads projects, ProjectStatistics statistics, OpenTasks openTasks, CommuneRepository communes,
                   PlanRepository plans, JdbcClient jdbc, SummaryCache cache,
                   @Value("${pilotage.base-url:http://localhost:8080}") String baseUrl) {
    this.projects = projects;
    this.statistics = statistics;
    this.openTasks = openTasks;
    this.communes = communes;
    this.plans = plans;
    this.jdbc = jdbc;
    this.cache = cache;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** One page of projects: LIMIT/OFFSET in the database, the open tasks of those projects only. */
  public Page<ProjectSummary> page(PortfolioFilter filter) {
    ProjectScope scope = filter.scope();
    long total = projects.count(scope);
    List<ProjectRow> rows = projects.rows(scope, filter.size(), (long) filter.page() * filter.size());
    List<ProjectSummary> items = summaries(rows);
    int totalPages = (int) ((total + filter.size() - 1) / filter.size());
    return new Page<>(items, filter.page(), filter.size(), total, totalPages);
  }

  /**
   * Every project the filter selects, in its order, for the CSV export: rows and open tasks
   * read by slices of {@link #EXPORT_SLICE} projects, so neither query grows with the portfolio.
   */
  public List<ProjectSummary> all(PortfolioFilter filter) {
    List<ProjectSummary> all = new ArrayList<>();
    ProjectScope scope = filter.scope();
    for (long offset = 0; ; offset += EXPORT_SLICE) {
      List<ProjectRow> rows = projects.rows(scope, EXPORT_SLICE, offset);
      all.addAll(summaries(rows));
      if (rows.size() < EXPORT_SLICE) {
        return all;
      }
    }
  }

  static final int EXPORT_SLICE = 500;

  /** The rows as the list shows them: their open tasks and next milestones read in one query each. */
  private List<ProjectSummary> summaries(List<ProjectRow> rows) {
    List<String> keys = rows.stream().map(ProjectRow::key).toList();
    Map<String, List<OpenTask>> open = openTasks.ofProjects(keys);
    Map<String, NextMilestone> milestones = plans.nextOpenMilestones(keys);
    return rows.stream().map(row -> summary(row, open.getOrDefault(row.key(), List.of()), milestones.get(row.key()))).toList();
  }

  /** The figures of the pictures for the filtered projects (kept a minute, see {@link SummaryCache}). */
  public Summary summary(PortfolioFilter filter) {
    return cache.get(filter, () -> computeSummary(filter));
  }

  /** Each figure is a GROUP BY in the database. */
  Summary computeSummary(PortfolioFilter filter) {
    ProjectScope scope = filter.scope();
    long total = projects.count(scope);
    Map<ProjectStage, Long> perStage = statistics.countByStage(scope);
    List<Count> byStage = new ArrayList<>();
    for (ProjectStage stage : ProjectStage.values()) {
      byStage.add(new Count(stage.name(), stage.label(), perStage.getOrDefault(stage, 0L)));
    }
    Map<String, CommuneRollout> perCommune = new LinkedHashMap<>();
    communes.namesByInseeCode().forEach((insee, name) -> perCommune.put(insee, new CommuneRollout(insee, name, 0, 0, 0, 0)));
    for (RolloutCounts counts : statistics.rolloutByCommune(scope)) {
      CommuneRollout commune = perCommune.get(counts.insee());
      if (commune != null) {
        perCommune.put(counts.insee(), new CommuneRollout(counts.insee(), commune.name(), counts.concerned(), counts.planned(),
            counts.installed(), counts.accepted()));
      }
    }
    return new Summary(total, byStage, statistics.health(scope), statistics.budgetByDirection(scope),
        statistics.medianDaysPerStage(scope), List.copyOf(perCommune.values()));
  }

  private final PlanRepository plans;

  public Optional<ProjectDetail> project(String businessKey) {
    Optional<ProjectFacts> found = projects.facts(businessKey);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ProjectFacts detail = found.get();
    ProjectRow row = detail.row();
    List<String> codes = projects.communeCodes(businessKey);
    List<String> projectCommunes = communes.namesByInseeCode().entrySet().stream().filter(commune -> codes.contains(commune.getKey()))
        .map(Map.Entry::getValue).toList();
    List<Document> documents = new ArrayList<>();
    if (detail.specUrl() != null && (detail.specUrl().startsWith("https://") || detail.specUrl().startsWith("http://"))) {
      documents.add(new Document("Cahier des charges" + (detail.specVersion() == null ? "" : " (version " + detail.specVersion() + ")"),
          detail.specUrl()));
    }
    jdbc.sql("select id, title from portfolio_report where kind = 'CLOSING' and business_key = :key order by id desc")
        .param("key", businessKey)
        .query(rs -> {
          documents.add(new Document(rs.getString("title") + " (PDF)", baseUrl + "/portefeuille/rapports/" + rs.getLong("id") + "/pdf"));
        });
    ProjectSummary summary = summary(row, openTasks.ofProjects(List.of(businessKey)).getOrDefault(businessKey, List.of()),
        plans.nextOpenMilestones(List.of(businessKey)).get(businessKey));
    PlanViews plan = planViews(businessKey);
    return Optional.of(new ProjectDetail(summary, detail.objective(), detail.type(), detail.requester(), detail.priority(),
        row.desired(), row.plannedStart(), row.plannedEnd(), row.forecastEnd(), row.actualEnd(), detail.createdAt(),
        detail.closedAt(), projectCommunes, detail.lessons(), projects.stages(businessKey, OffsetDateTime.now()),
        projects.decisions(businessKey), projects.statusReports(businessKey), documents, plan.milestones(), plan.risks(),
        plan.team(), plan.budgetLines(), projects.healthReasons(businessKey)));
  }

  /** The project's steering tables as shown by the project page and {@code /api/projects/{code}}. */
  PlanViews planViews(String businessKey) {
    ProjectPlan plan = plans.planOf(businessKey);
    return new PlanViews(
        plan.milestones().stream().map(m -> new PortfolioViews.MilestoneView(m.position(), m.name(), m.deliverable(),
            m.plannedDate(), m.forecastDate(), m.actualDate(), m.slipDays())).toList(),
        plan.risks().stream().map(r -> new PortfolioViews.RiskView(r.title(), r.probability(), r.impact(), r.score(), r.owner(),
            r.mitigation(), r.status().name(), r.status().label())).toList(),
        plan.team().stream().map(t -> {
          Map<String, Integer> months = new java.util.LinkedHashMap<>();
          t.allocations().forEach((month, percent) -> months.put(month.toString(), percent));
          return new PortfolioViews.TeamMemberView(t.userId(), t.role(), months);
        }).toList(),
        plan.budgetLines().stream().map(l -> new PortfolioViews.BudgetLineView(l.year(), l.nature().name(), l.nature().label(),
            l.plannedAmount(), l.consumedAmount())).toList());
  }

  record PlanViews(List<PortfolioViews.MilestoneView> milestones, List<PortfolioViews.RiskView> risks,
                   List<PortfolioViews.TeamMemberView> team, List<PortfolioViews.BudgetLineView> budgetLines) {
  }

  /** The directions present in the portfolio (for the filter list). */
  public List<String> directions() {
    return projects.directions();
  }

  public Map<String, String> communes() {
    return communes.namesByInseeCode();
  }

  static ProjectSummary summary(ProjectRow row, List<OpenTask> openTasks, NextMilestone nextPlanned) {
    String stageLabel = row.stage() == null ? null : ProjectStage.valueOf(row.stage()).label();
    return new ProjectSummary(row.key(), row.title(), row.direction(), row.track(), row.stage(), stageLabel, row.status(),
        row.manager(), row.health(), new Budget(row.reference(), row.allocated(), row.planned(), row.estimated(), row.consumed()),
        nextMilestone(row, nextPlanned), openTasks);
  }

  /**
   * The next date that matters at the current stage: once planned, the next milestone of the plan not yet
   * reached (its forecast, else its planned date); before, the desired date; without milestones, the end.
   */
  static Milestone nextMilestone(ProjectRow row, NextMilestone nextPlanned) {
    if ("CLOSED".equals(row.status())) {
      return new Milestone("Clôturé", row.actualEnd());
    }
    if ("REFUSED".equals(row.status()) || row.stage() == null) {
      return null;
    }
    LocalDate end = row.forecastEnd() != null ? row.forecastEnd() : row.plannedEnd();
    LocalDate desired = row.desired();
    ProjectStage stage = ProjectStage.valueOf(row.stage());
    if (nextPlanned != null && stage.compareTo(ProjectStage.PLANNING) >= 0 && stage != ProjectStage.CLOSURE) {
      return new Milestone(nextPlanned.name(), nextPlanned.date());
    }
    return switch (stage) {
      case REQUEST, ANALYSIS, GOVERNANCE, SPECIFICATION, VALIDATION, ARBITRATION ->
          desired == null ? null : new Milestone("Date souhaitée", desired);
      case PLANNING -> row.plannedStart() != null ? new Milestone("Début planifié", row.plannedStart())
          : desired == null ? null : new Milestone("Date souhaitée", desired);
      case REALISATION, DEPLOYMENT, CHANGE_MANAGEMENT -> end == null ? null : new Milestone("Fin prévue", end);
      case CLOSURE -> new Milestone("Clôture", end);
    };
  }
}
