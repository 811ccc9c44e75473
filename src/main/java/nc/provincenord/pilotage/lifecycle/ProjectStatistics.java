package nc.provincenord.pilotage.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.BudgetLine;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.BudgetTotals;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.DirectionBudget;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.HealthRow;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.OverdueApproval;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.RedProject;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.RolloutCounts;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageDuration;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageHealth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregates of the lifecycle's tables for the portfolio's pictures and its weekly report: each
 * figure is a GROUP BY in the database (never all rows in memory).
 */
@Repository
public class ProjectStatistics {

  private static final String ACTIVE = " and p.status = 'ACTIVE'";

  private final JdbcClient jdbc;

  ProjectStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Projects per current stage (a stage without project is absent). */
  public Map<ProjectStage, Long> countByStage(ProjectScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    Map<ProjectStage, Long> perStage = new EnumMap<>(ProjectStage.class);
    jdbc.sql("select p.current_stage as stage, count(*) as n from project p where " + where + " group by p.current_stage")
        .params(params).query(rs -> {
          String stage = rs.getString("stage");
          if (stage != null) {
            perStage.put(ProjectStage.valueOf(stage), rs.getLong("n"));
          }
        });
    return perStage;
  }

  /** Projects per health level on each axis: Coût, Délai, Qualité, Globale. */
  public List<HealthRow> health(ProjectScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    return jdbc.sql("select " + healthSums("health_cost") + ", " + healthSums("health_schedule") + ", "
            + healthSums("health_quality") + ", " + healthSums("health") + " from project p where " + where)
        .params(params).query((rs, n) -> List.of(
            healthRow(rs, "Coût", "health_cost"), healthRow(rs, "Délai", "health_schedule"),
            healthRow(rs, "Qualité", "health_quality"), healthRow(rs, "Globale", "health")))
        .single();
  }

  public List<BudgetLine> budgetByDirection(ProjectScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    return jdbc.sql("select p.direction as direction, sum(" + ProjectScope.REFERENCE_BUDGET + ") as allocated,"
            + " sum(coalesce(p.consumed_budget, 0)) as consumed from project p where " + where
            + " group by p.direction order by p.direction")
        .params(params).query((rs, n) -> new BudgetLine(rs.getString("direction"), rs.getLong("allocated"), rs.getLong("consumed")))
        .list();
  }

  /** Median days per stage over completed stays, in the order of the stages. */
  public List<StageDuration> medianDaysPerStage(ProjectScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
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
    return medianDays;
  }

  /** Rollout counts per commune concerned by a project of the scope. */
  public List<RolloutCounts> rolloutByCommune(ProjectScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    return jdbc.sql("""
            select pc.insee_code as insee,
                   sum(case when pc.concerned then 1 else 0 end) as concerned,
                   sum(case when pc.rollout_site then 1 else 0 end) as planned,
                   sum(case when pc.installed_at is not null then 1 else 0 end) as installed,
                   sum(case when pc.accepted_at is not null then 1 else 0 end) as accepted
            from project_commune pc join project p on p.business_key = pc.business_key
            where """ + where + " group by pc.insee_code")
        .params(params)
        .query((rs, n) -> new RolloutCounts(rs.getString("insee"), rs.getLong("concerned"), rs.getLong("planned"),
            rs.getLong("installed"), rs.getLong("accepted")))
        .list();
  }

  public long active(ProjectScope scope) {
    Map<String, Object> params = new HashMap<>();
    return count("select count(*) from project p where " + scope.where(params) + ACTIVE, params);
  }

  /** Projects requested in [from, to). */
  public long created(ProjectScope scope, OffsetDateTime from, OffsetDateTime to) {
    Map<String, Object> params = period(from, to);
    return count("select count(*) from project p where " + scope.where(params)
        + " and p.created_at >= :from and p.created_at < :to", params);
  }

  /** Projects closed in [from, to). */
  public long closed(ProjectScope scope, OffsetDateTime from, OffsetDateTime to) {
    Map<String, Object> params = period(from, to);
    return count("select count(*) from project p where " + scope.where(params)
        + " and p.status = 'CLOSED' and p.closed_at >= :from and p.closed_at < :to", params);
  }

  /** Active projects per stage and overall health, every stage listed, then the totals row last. */
  public List<StageHealth> activeStageHealth(ProjectScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    Map<String, long[]> cells = new HashMap<>();
    jdbc.sql("select p.current_stage as stage, p.health as health, count(*) as n from project p where " + where + ACTIVE
            + " group by p.current_stage, p.health")
        .params(params).query(rs -> {
          long[] row = cells.computeIfAbsent(String.valueOf(rs.getString("stage")), k -> new long[4]);
          String health = rs.getString("health");
          int column = health == null ? 3 : switch (health) {
            case "GREEN" -> 0;
            case "AMBER" -> 1;
            case "RED" -> 2;
            default -> 3;
          };
          row[column] += rs.getLong("n");
        });
    List<StageHealth> stageHealth = new ArrayList<>();
    long[] totals = new long[4];
    for (ProjectStage stage : ProjectStage.values()) {
      long[] row = cells.getOrDefault(stage.name(), new long[4]);
      stageHealth.add(new StageHealth(stage.name(), stage.label(), row[0], row[1], row[2], row[3], row[0] + row[1] + row[2] + row[3]));
      for (int i = 0; i < 4; i++) {
        totals[i] += row[i];
      }
    }
    stageHealth.add(new StageHealth("TOTAL", "Total", totals[0], totals[1], totals[2], totals[3],
        totals[0] + totals[1] + totals[2] + totals[3]));
    return stageHealth;
  }

  /** Health turned red in [from, to) (alerts {@code HEALTH_RED}). */
  public List<RedProject> turnedRed(ProjectScope scope, OffsetDateTime from, OffsetDateTime to) {
    Map<String, Object> params = period(from, to);
    String where = scope.where(params);
    return jdbc.sql("""
            select p.business_key, p.title, p.direction, p.current_stage, a.created_at, a.message
            from project_alert a join project p on p.business_key = a.business_key
            where a.kind = 'HEALTH_RED' and a.created_at >= :from and a.created_at < :to and """ + where + """
             order by a.created_at, a.id""")
        .params(params)
        .query((rs, n) -> new RedProject(rs.getString("business_key"), rs.getString("title"), rs.getString("direction"),
            label(rs.getString("current_stage")), rs.getObject("created_at", OffsetDateTime.class), rs.getString("message")))
        .list();
  }

  /** Validations and arbitrations escalated before {@code to} in their current stay, still waiting. */
  public List<OverdueApproval> overdueApprovals(ProjectScope scope, OffsetDateTime to) {
    Map<String, Object> params = new HashMap<>();
    params.put("to", to);
    String where = scope.where(params);
    return jdbc.sql("""
            select p.business_key, p.title, p.current_stage, a.created_at, a.message
            from project p join project_alert a on a.business_key = p.business_key
            where a.kind = 'APPROVAL_ESCALATION' and a.stage = p.current_stage and a.created_at < :to
              and a.id = (select max(a2.id) from project_alert a2
                          where a2.business_key = p.business_key and a2.kind = 'APPROVAL_ESCALATION')
              and a.created_at >= (select max(ps.entered_at) from project_stage ps
                                   where ps.business_key = p.business_key and ps.stage = p.current_stage)
              and p.current_stage in ('VALIDATION', 'ARBITRATION') and """ + where + ACTIVE + """
             order by a.created_at, p.business_key""")
        .params(params)
        .query((rs, n) -> new OverdueApproval(rs.getString("business_key"), rs.getString("title"),
            label(rs.getString("current_stage")), rs.getObject("created_at", OffsetDateTime.class), rs.getString("message")))
        .list();
  }

  public BudgetTotals activeBudget(ProjectScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    return jdbc.sql("select coalesce(sum(" + ProjectScope.REFERENCE_BUDGET + "), 0) as reference,"
            + " coalesce(sum(p.allocated_budget), 0) as allocated, coalesce(sum(p.consumed_budget), 0) as consumed"
            + " from project p where " + where + ACTIVE)
        .params(params)
        .query((rs, n) -> {
          long reference = rs.getLong("reference");
          long consumed = rs.getLong("consumed");
          return new BudgetTotals(reference, rs.getLong("allocated"), consumed,
              reference == 0 ? 0 : Math.round(consumed * 100.0 / reference));
        }).single();
  }

  public List<DirectionBudget> activeBudgetByDirection(ProjectScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    return jdbc.sql("select p.direction as direction, count(*) as n, sum("
            + ProjectScope.REFERENCE_BUDGET + ") as reference, coalesce(sum(p.consumed_budget), 0) as consumed"
            + " from project p where " + where + ACTIVE + " group by p.direction order by p.direction")
        .params(params)
        .query((rs, n) -> new DirectionBudget(rs.getString("direction"), rs.getLong("n"), rs.getLong("reference"),
            rs.getLong("consumed")))
        .list();
  }

  private static Map<String, Object> period(OffsetDateTime from, OffsetDateTime to) {
    Map<String, Object> params = new HashMap<>();
    params.put("from", from);
    params.put("to", to);
    return params;
  }

  private long count(String sql, Map<String, Object> params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  private static String label(String stage) {
    return stage == null ? "—" : ProjectStage.valueOf(stage).label();
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
}
