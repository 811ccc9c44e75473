package nc.provincenord.pilotage.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Budget;
import nc.provincenord.pilotage.portfolio.PortfolioViews.BudgetLine;
import nc.provincenord.pilotage.portfolio.PortfolioViews.CommuneRollout;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Count;
import nc.provincenord.pilotage.portfolio.PortfolioViews.DecisionView;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Document;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Health;
import nc.provincenord.pilotage.portfolio.PortfolioViews.HealthRow;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Milestone;
import nc.provincenord.pilotage.portfolio.PortfolioViews.OpenTask;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Page;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectDetail;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectSummary;
import nc.provincenord.pilotage.portfolio.PortfolioViews.StageDuration;
import nc.provincenord.pilotage.portfolio.PortfolioViews.StageVisit;
import nc.provincenord.pilotage.portfolio.PortfolioViews.StatusReportView;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Summary;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import nc.provincenord.pilotage.steering.PlanRepository;
import nc.provincenord.pilotage.steering.ProjectPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of the portfolio: SQL on the lifecycle's tables, paged and aggregated in the
 * database (never all rows in memory), and the open tasks from the engine for the projects shown.
 */
@Repository
public class PortfolioQueries {

  static final String PROJECT_COLUMNS = """
      p.business_key, p.title, p.direction, p.track, p.current_stage, p.status, p.project_manager,
      p.health_cost, p.health_schedule, p.health_quality, p.health,
      p.estimated_budget, p.allocated_budget, p.planned_budget, p.consumed_budget,
      p.desired_date, p.planned_start_date, p.planned_end_date, p.forecast_end_date, p.actual_end_date""";

  private final JdbcClient jdbc;
  private final TaskService tasks;
  private final SummaryCache cache;
  private final String baseUrl;

  PortfolioQueries(JdbcClient jdbc, TaskService tasks, SummaryCache cache, PlanRepository plans,
                   @Value("${pilotage.base-url:http://localhost:8080}") String baseUrl) {
    this.plans = plans;
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.cache = cache;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** One page of projects: LIMIT/OFFSET in the database, the open tasks of those projects only. */
  public Page<ProjectSummary> page(PortfolioFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = filter.where(params);
    long total = jdbc.sql("select count(*) from project p where " + where).params(params).query(Long.class).single();
    params.put("limit", filter.size());
    params.put("offset", (long) filter.page() * filter.size());
    List<Row> rows = jdbc.sql("select " + PROJECT_COLUMNS + " from project p where " + where
            + " order by " + filter.orderBy() + " limit :limit offset :offset")
        .params(params).query((rs, n) -> Row.of(rs)).list();
    Map<String, List<OpenTask>> open = openTasks(rows.stream().map(Row::key).toList());
    List<ProjectSummary> items = rows.stream().map(row -> row.summary(open.getOrDefault(row.key(), List.of()))).toList();
    int totalPages = (int) ((total + filter.size() - 1) / filter.size());
    return new Page<>(items, filter.page(), filter.size(), total, totalPages);
  }

  /**
   * Every project the filter selects, in its order, for the CSV export: rows and open tasks
   * read by slices of {@link #EXPORT_SLICE} projects, so neither query grows with the portfolio.
   */
  public List<ProjectSummary> all(PortfolioFilter filter) {
    List<ProjectSummary> all = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    String where = filter.where(params);
    for (long offset = 0; ; offset += EXPORT_SLICE) {
      params.put("limit", EXPORT_SLICE);
      params.put("offset", offset);
      List<Row> rows = jdbc.sql("select " + PROJECT_COLUMNS + " from project p where " + where
              + " order by " + filter.orderBy() + " limit :limit offset :offset")
          .params(params).query((rs, n) -> Row.of(rs)).list();
      Map<String, List<OpenTask>> open = openTasks(rows.stream().map(Row::key).toList());
      rows.forEach(row -> all.add(row.summary(open.getOrDefault(row.key(), List.of()))));
      if (rows.size() < EXPORT_SLICE) {
        return all;
      }
    }
  }

  static final int EXPORT_SLICE = 500;

  /** The figures of the pictures for the filtered projects (kept a minute, see {@link SummaryCache}). */
  public Summary summary(PortfolioFilter filter) {
    return cache.get(filter, () -> computeSummary(filter));
  }

  /** Each figure is a GROUP BY in the database. */
  Summary computeSummary(PortfolioFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = filter.where(params);
    long total = jdbc.sql("select count(*) from project p where " + where).params(params).query(Long.class).single();

    Map<String, Long> perStage = new HashMap<>();
    jdbc.sql("select p.current_stage as stage, count(*) as n from project p where " + where + " group by p.current_stage")
        .params(params).query(rs -> {
          perStage.put(rs.getString("stage"), rs.getLong("n"));
        });
    List<Count> byStage = new ArrayList<>();
    for (ProjectStage stage : ProjectStage.values()) {
      byStage.add(new Count(stage.name(), stage.label(), perStage.getOrDefault(stage.name(), 0L)));
    }

    List<HealthRow> health = jdbc.sql("select " + healthSums("health_cost") + ", " + healthSums("health_schedule") + ", "
            + healthSums("health_quality") + ", " + healthSums("health") + " from project p where " + where)
        .params(params).query((rs, n) -> List.of(
            healthRow(rs, "Coût", "health_cost"), healthRow(rs, "Délai", "health_schedule"),
            healthRow(rs, "Qualité", "health_quality"), healthRow(rs, "Globale", "health")))
        .single();

    List<BudgetLine> budgets = jdbc.sql("select p.direction as direction, sum(" + PortfolioFilter.REFERENCE_BUDGET + ") as allocated,"
            + " sum(coalesce(p.consumed_budget, 0)) as consumed from project p where " + where
            + " group by p.direction order by p.direction")
        .params(params).query((rs, n) -> new BudgetLine(rs.getString("direction"), rs.getLong("allocated"), rs.getLong("consumed")))
        .list();

    Map<String, StageDuration> medians = new HashMap<>();
    jdbc.sql("""
            select s.stage as stage, percentile_cont(0.5) within group (order by s.days) as median_days, count(*) as projects
            from (select ps.business_key, ps.stage,
                         sum(extract(epoch from ps.left_at) - extract(epoch from ps.entered_at)) / 86400.0 as days
                  from project_stage ps join project p on p.business_key = ps.business_key
                  where ps.left_at is not null and """ + where + """
                   group by ps.business_key, ps.stage) s
            group by s.stage""")
        .params(params).query(rs -> {
          ProjectStage stage = ProjectStage.valueOf(rs.getString("stage"));
          medians.put(stage.name(), new StageDuration(stage.name(), stage.label(), rs.getDouble("median_days"), rs.getLong("projects")));
        });
    List<StageDuration> medianDays = new ArrayList<>();
    for (ProjectStage stage : ProjectStage.values()) {
      Optional.ofNullable(medians.get(stage.name())).ifPresent(medianDays::add);
    }

    Map<String, CommuneRollout> perCommune = new LinkedHashMap<>();
    jdbc.sql("select insee_code, name from commune order by name").query(rs -> {
      perCommune.put(rs.getString("insee_code"), new CommuneRollout(rs.getString("insee_code"), rs.getString("name"), 0, 0, 0, 0));
    });
    jdbc.sql("""
            select pc.insee_code as insee,
                   sum(case when pc.concerned then 1 else 0 end) as concerned,
                   sum(case when pc.rollout_site then 1 else 0 end) as planned,
                   sum(case when pc.installed_at is not null then 1 else 0 end) as installed,
                   sum(case when pc.accepted_at is not null then 1 else 0 end) as accepted
            from project_commune pc join project p on p.business_key = pc.business_key
            where """ + where + " group by pc.insee_code")
        .params(params).query(rs -> {
          String insee = rs.getString("insee");
          CommuneRollout commune = perCommune.get(insee);
          if (commune != null) {
            perCommune.put(insee, new CommuneRollout(insee, commune.name(), rs.getLong("concerned"), rs.getLong("planned"),
                rs.getLong("installed"), rs.getLong("accepted")));
          }
        });
    return new Summary(total, byStage, health, budgets, medianDays, List.copyOf(perCommune.values()));
  }

  private final PlanRepository plans;

  public Optional<ProjectDetail> project(String businessKey) {
    Optional<Detail> found = jdbc.sql("select " + PROJECT_COLUMNS + """
            , p.objective, p.project_type, p.requester, p.priority, p.spec_document_url, p.spec_version, p.lessons_learned,
              p.created_at, p.closed_at
            from project p where p.business_key = :key""")
        .param("key", businessKey)
        .query((rs, n) -> new Detail(Row.of(rs), rs.getString("objective"), rs.getString("project_type"), rs.getString("requester"),
            rs.getString("priority"), rs.getString("spec_document_url"), rs.getString("spec_version"),
            rs.getString("lessons_learned"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("closed_at", OffsetDateTime.class)))
        .optional();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Detail detail = found.get();
    Row row = detail.row();
    OffsetDateTime now = OffsetDateTime.now();
    List<StageVisit> stages = jdbc.sql("select stage, entered_at, left_at from project_stage where business_key = :key order by entered_at, id")
        .param("key", businessKey)
        .query((rs, n) -> {
          ProjectStage stage = ProjectStage.valueOf(rs.getString("stage"));
          OffsetDateTime entered = rs.getObject("entered_at", OffsetDateTime.class);
          OffsetDateTime left = rs.getObject("left_at", OffsetDateTime.class);
          double days = java.time.Duration.between(entered, left == null ? now : left).toMinutes() / 1440.0;
          return new StageVisit(stage.name(), stage.label(), entered, left, days);
        }).list();
    List<DecisionView> decisions = jdbc.sql("""
            select stage, kind, subject, decision, decision_comment, decided_by, decided_at
            from project_decision where business_key = :key order by decided_at, id""")
        .param("key", businessKey)
        .query((rs, n) -> new DecisionView(rs.getString("stage"), ProjectStage.valueOf(rs.getString("stage")).label(),
            rs.getString("kind"), rs.getString("subject"), rs.getString("decision"), rs.getString("decision_comment"),
            rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class)))
        .list();
    List<StatusReportView> reports = jdbc.sql("""
            select reported_at, progress_percent, consumed_budget, reference_budget, forecast_end_date, quality_issues, risks,
                   cost_health, schedule_health, quality_health, overall_health, reported_by
            from status_report where business_key = :key order by reported_at, id""")
        .param("key", businessKey)
        .query((rs, n) -> {
          long consumed = rs.getLong("consumed_budget");
          long reference = rs.getLong("reference_budget");
          return new StatusReportView(rs.getObject("reported_at", OffsetDateTime.class), rs.getLong("progress_percent"), consumed,
              reference, reference == 0 ? 0 : Math.round(consumed * 100.0 / reference), rs.getObject("forecast_end_date", LocalDate.class),
              rs.getLong("quality_issues"), rs.getString("risks"),
              new Health(rs.getString("cost_health"), rs.getString("schedule_health"), rs.getString("quality_health"),
                  rs.getString("overall_health")), rs.getString("reported_by"));
        }).list();
    List<String> communes = jdbc.sql("""
            select c.name from project_commune pc join commune c on c.insee_code = pc.insee_code
            where pc.business_key = :key order by c.name""")
        .param("key", businessKey).query(String.class).list();
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
    ProjectSummary summary = row.summary(openTasks(List.of(businessKey)).getOrDefault(businessKey, List.of()));
    PlanViews plan = planViews(businessKey);
    return Optional.of(new ProjectDetail(summary, detail.objective(), detail.type(), detail.requester(), detail.priority(),
        row.desired(), row.plannedStart(), row.plannedEnd(), row.forecastEnd(), row.actualEnd(), detail.createdAt(),
        detail.closedAt(), communes, detail.lessons(), stages, decisions, reports, documents, plan.milestones(), plan.risks(),
        plan.team(), plan.budgetLines(), healthReasons(businessKey)));
  }

  private List<String> healthReasons(String businessKey) {
    return jdbc.sql("select health_reasons from status_report where business_key = :key order by reported_at desc, id desc")
        .param("key", businessKey).query((rs, n) -> java.util.Objects.toString(rs.getString("health_reasons"), "")).list().stream()
        .findFirst().map(reasons -> reasons.lines().toList()).orElse(List.of());
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
    return jdbc.sql("select distinct direction from project order by direction").query(String.class).list();
  }

  public Map<String, String> communes() {
    Map<String, String> communes = new LinkedHashMap<>();
    jdbc.sql("select insee_code, name from commune order by name").query(rs -> {
      communes.put(rs.getString("insee_code"), rs.getString("name"));
    });
    return communes;
  }

  /** Open user tasks of these process instances (publication requests, watch items…), by process instance id. */
  public Map<String, List<OpenTask>> openTasksOfInstances(List<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    List<Task> open = tasks.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
        .orderByTaskCreateTime().asc().list();
    Map<String, String> candidates = candidatesOf(open.stream().filter(task -> task.getAssignee() == null).map(Task::getId).toList());
    Map<String, List<OpenTask>> result = new HashMap<>();
    for (Task task : open) {
      result.computeIfAbsent(task.getProcessInstanceId(), k -> new ArrayList<>()).add(openTask(task, candidates));
    }
    return result;
  }

  private OpenTask openTask(Task task, Map<String, String> candidates) {
    String holder = task.getAssignee() != null ? task.getAssignee() : candidates.getOrDefault(task.getId(), "non attribuée");
    return new OpenTask(task.getId(), task.getName(), holder, task.getDueDate(),
        baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId());
  }

  /** Open user tasks of these projects (their business key is shared by the called processes). */
  public Map<String, List<OpenTask>> openTasks(List<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return Map.of();
    }
    Map<String, String> keyOfInstance = new HashMap<>();
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
        .orderByTaskCreateTime().asc().list();
    if (open.isEmpty()) {
      return Map.of();
    }
    jdbc.sql("select ID_, BUSINESS_KEY_ from ACT_RU_EXECUTION where ID_ in (:ids)")
        .param("ids", open.stream().map(Task::getProcessInstanceId).distinct().toList())
        .query(rs -> {
          keyOfInstance.put(rs.getString(1), rs.getString(2));
        });
    Map<String, String> candidates = candidatesOf(open.stream().filter(task -> task.getAssignee() == null).map(Task::getId).toList());
    Map<String, List<OpenTask>> result = new HashMap<>();
    for (Task task : open) {
      String key = keyOfInstance.get(task.getProcessInstanceId());
      if (key != null) {
        result.computeIfAbsent(key, k -> new ArrayList<>()).add(openTask(task, candidates));
      }
    }
    return result;
  }

  /** Who may take each unassigned task ("groupe Chefs de projet, moa"), in one query for all of them. */
  private Map<String, String> candidatesOf(List<String> taskIds) {
    Map<String, String> candidates = new HashMap<>();
    if (taskIds.isEmpty()) {
      return candidates;
    }
    jdbc.sql("""
            select l.TASK_ID_, l.USER_ID_, coalesce(g.NAME_, l.GROUP_ID_) as GROUP_NAME
            from ACT_RU_IDENTITYLINK l left join ACT_ID_GROUP g on g.ID_ = l.GROUP_ID_
            where l.TYPE_ = 'candidate' and l.TASK_ID_ in (:ids) order by l.TASK_ID_, l.ID_""")
        .param("ids", taskIds)
        .query(rs -> {
          String who = rs.getString("USER_ID_") != null ? rs.getString("USER_ID_") : "groupe " + rs.getString("GROUP_NAME");
          candidates.merge(rs.getString("TASK_ID_"), who, (earlier, next) -> earlier + ", " + next);
        });
    return candidates;
  }

  private static String healthSums(String column) {
    return "sum(case when p." + column + " = 'GREEN' then 1 else 0 end) as " + column + "_g, "
        + "sum(case when p." + column + " = 'AMBER' then 1 else 0 end) as " + column + "_a, "
        + "sum(case when p." + column + " = 'RED' then 1 else 0 end) as " + column + "_r, "
        + "sum(case when p." + column + " is null then 1 else 0 end) as " + column + "_n";
  }

  private static HealthRow healthRow(ResultSet rs, String axis, String column) throws SQLException {
    return new HealthRow(axis, rs.getLong(column + "_g"), rs.getLong(column + "_a"), rs.getLong(column + "_r"), rs.getLong(column + "_n"));
  }

  private record Detail(Row row, String objective, String type, String requester, String priority, String specUrl,
                        String specVersion, String lessons, OffsetDateTime createdAt, OffsetDateTime closedAt) {
  }

  /** One row of {@code project} as selected by {@link #PROJECT_COLUMNS}. */
  record Row(String key, String title, String direction, String track, String stage, String status, String manager,
             Health health, long estimated, Long allocated, Long planned, Long consumed, LocalDate desired,
             LocalDate plannedStart, LocalDate plannedEnd, LocalDate forecastEnd, LocalDate actualEnd) {

    static Row of(ResultSet rs) throws SQLException {
      return new Row(rs.getString("business_key"), rs.getString("title"), rs.getString("direction"), rs.getString("track"),
          rs.getString("current_stage"), rs.getString("status"), rs.getString("project_manager"),
          new Health(rs.getString("health_cost"), rs.getString("health_schedule"), rs.getString("health_quality"),
              rs.getString("health")),
          rs.getLong("estimated_budget"), rs.getObject("allocated_budget", Long.class), rs.getObject("planned_budget", Long.class),
          rs.getObject("consumed_budget", Long.class), rs.getObject("desired_date", LocalDate.class),
          rs.getObject("planned_start_date", LocalDate.class), rs.getObject("planned_end_date", LocalDate.class),
          rs.getObject("forecast_end_date", LocalDate.class), rs.getObject("actual_end_date", LocalDate.class));
    }

    long reference() {
      return allocated != null ? allocated : planned != null ? planned : estimated;
    }

    ProjectSummary summary(List<OpenTask> openTasks) {
      String stageLabel = stage == null ? null : ProjectStage.valueOf(stage).label();
      return new ProjectSummary(key, title, direction, track, stage, stageLabel, status, manager, health,
          new Budget(reference(), allocated, planned, estimated, consumed), nextMilestone(), openTasks);
    }

    /** The next date that matters at the current stage. */
    Milestone nextMilestone() {
      if ("CLOSED".equals(status)) {
        return new Milestone("Clôturé", actualEnd);
      }
      if ("REFUSED".equals(status) || stage == null) {
        return null;
      }
      LocalDate end = forecastEnd != null ? forecastEnd : plannedEnd;
      return switch (ProjectStage.valueOf(stage)) {
        case REQUEST, ANALYSIS, GOVERNANCE, SPECIFICATION, VALIDATION, ARBITRATION ->
            desired == null ? null : new Milestone("Date souhaitée", desired);
        case PLANNING -> plannedStart != null ? new Milestone("Début planifié", plannedStart)
            : desired == null ? null : new Milestone("Date souhaitée", desired);
        case REALISATION, DEPLOYMENT, CHANGE_MANAGEMENT -> end == null ? null : new Milestone("Fin prévue", end);
        case CLOSURE -> new Milestone("Clôture", end);
      };
    }
  }
}
