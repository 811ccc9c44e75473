package nc.provincenord.pilotage.steering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The steering tables of one project, written in the engine's transaction (same DataSource): a step
 * that fails leaves none of its rows behind.
 */
@Repository
public class PlanRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  PlanRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Replaces the project's milestones, team (with allocations) and budget lines by the plan's. */
  public void recordPlan(String businessKey, PlanEntry plan) {
    for (String table : List.of("project_allocation", "project_team_member", "project_milestone", "project_budget_line")) {
      jdbc.sql("delete from " + table + " where business_key = :key").param("key", businessKey).update();
    }
    for (Milestone milestone : plan.milestones()) {
      jdbc.sql("""
              insert into project_milestone (business_key, position, name, deliverable, planned_date)
              values (:key, :position, :name, :deliverable, :planned)""")
          .param("key", businessKey).param("position", milestone.position()).param("name", milestone.name())
          .param("deliverable", milestone.deliverable()).param("planned", milestone.plannedDate()).update();
    }
    for (TeamMember member : plan.team()) {
      jdbc.sql("insert into project_team_member (business_key, user_id, project_role) values (:key, :user, :role)")
          .param("key", businessKey).param("user", member.userId()).param("role", member.role()).update();
      member.allocations().forEach((month, percent) -> jdbc.sql("""
              insert into project_allocation (business_key, user_id, allocation_month, percent)
              values (:key, :user, :month, :percent)""")
          .param("key", businessKey).param("user", member.userId()).param("month", month.atDay(1)).param("percent", percent)
          .update());
    }
    for (BudgetLine line : plan.budgetLines()) {
      jdbc.sql("""
              insert into project_budget_line (business_key, budget_year, nature, planned_amount, consumed_amount)
              values (:key, :year, :nature, :planned, 0)""")
          .param("key", businessKey).param("year", line.year()).param("nature", line.nature().name())
          .param("planned", line.plannedAmount()).update();
    }
  }

  /** Records a status report's milestones, risks and consumption. */
  public void recordStatus(String businessKey, StatusEntry status) {
    for (StatusEntry.MilestoneProgress progress : status.milestones()) {
      jdbc.sql("""
              update project_milestone set forecast_date = :forecast, actual_date = :actual
              where business_key = :key and position = :position""")
          .param("forecast", progress.forecastDate()).param("actual", progress.actualDate())
          .param("key", businessKey).param("position", progress.position()).update();
    }
    Map<String, Long> riskIds = new LinkedHashMap<>();
    jdbc.sql("select id, title from project_risk where business_key = :key").param("key", businessKey)
        .query(rs -> {
          riskIds.put(titleKey(rs.getString("title")), rs.getLong("id"));
        });
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (StatusEntry.RiskEntry risk : status.risks()) {
      Long id = riskIds.get(titleKey(risk.title()));
      JdbcClient.StatementSpec statement = id == null
          ? jdbc.sql("""
              insert into project_risk (business_key, title, probability, impact, owner, mitigation, status, updated_at)
              values (:key, :title, :probability, :impact, :owner, :mitigation, :status, :now)""").param("key", businessKey)
          : jdbc.sql("""
              update project_risk set title = :title, probability = :probability, impact = :impact, owner = :owner,
                                      mitigation = :mitigation, status = :status, updated_at = :now
              where id = :id""").param("id", id);
      statement.param("title", risk.title()).param("probability", risk.probability()).param("impact", risk.impact())
          .param("owner", risk.owner()).param("mitigation", risk.mitigation()).param("status", risk.status().name())
          .param("now", now).update();
    }
    for (StatusEntry.Consumption consumption : status.consumption()) {
      jdbc.sql("""
              update project_budget_line set consumed_amount = :consumed
              where business_key = :key and budget_year = :year and nature = :nature""")
          .param("consumed", consumption.consumedAmount()).param("key", businessKey).param("year", consumption.year())
          .param("nature", consumption.nature().name()).update();
    }
  }

  /** The project's plan and its follow-up as stored (empty lists for a project planned before issue 13). */
  public ProjectPlan planOf(String businessKey) {
    List<Milestone> milestones = jdbc.sql("""
            select position, name, deliverable, planned_date, forecast_date, actual_date
            from project_milestone where business_key = :key order by position""")
        .param("key", businessKey)
        .query((rs, n) -> new Milestone(rs.getInt("position"), rs.getString("name"), rs.getString("deliverable"),
            rs.getObject("planned_date", LocalDate.class), rs.getObject("forecast_date", LocalDate.class),
            rs.getObject("actual_date", LocalDate.class)))
        .list();
    Map<String, Map<YearMonth, Integer>> allocations = new LinkedHashMap<>();
    jdbc.sql("select user_id, allocation_month, percent from project_allocation where business_key = :key")
        .param("key", businessKey)
        .query(rs -> {
          allocations.computeIfAbsent(rs.getString("user_id"), user -> new TreeMap<>())
              .put(YearMonth.from(rs.getObject("allocation_month", LocalDate.class)), rs.getInt("percent"));
        });
    List<TeamMember> team = jdbc.sql("select user_id, project_role from project_team_member where business_key = :key order by user_id")
        .param("key", businessKey)
        .query((rs, n) -> new TeamMember(rs.getString("user_id"), rs.getString("project_role"),
            new TreeMap<>(allocations.getOrDefault(rs.getString("user_id"), Map.of()))))
        .list();
    List<Risk> risks = jdbc.sql("""
            select id, title, probability, impact, owner, mitigation, status from project_risk
            where business_key = :key order by probability * impact desc, id""")
        .param("key", businessKey)
        .query((rs, n) -> new Risk(rs.getLong("id"), rs.getString("title"), rs.getInt("probability"), rs.getInt("impact"),
            rs.getString("owner"), rs.getString("mitigation"), RiskStatus.valueOf(rs.getString("status"))))
        .list();
    List<BudgetLine> lines = jdbc.sql("""
            select budget_year, nature, planned_amount, consumed_amount from project_budget_line
            where business_key = :key order by budget_year, nature""")
        .param("key", businessKey)
        .query((rs, n) -> new BudgetLine(rs.getInt("budget_year"), BudgetNature.valueOf(rs.getString("nature")),
            rs.getLong("planned_amount"), rs.getLong("consumed_amount")))
        .list();
    return new ProjectPlan(milestones, team, risks, lines);
  }

  /**
   * The next milestone not yet reached of each project given, by its forecast date (its planned date
   * while none is forecast): one query for a page of projects.
   */
  public Map<String, NextMilestone> nextOpenMilestones(Collection<String> businessKeys) {
    Map<String, NextMilestone> next = new LinkedHashMap<>();
    if (businessKeys.isEmpty()) {
      return next;
    }
    jdbc.sql("""
            select business_key, name, coalesce(forecast_date, planned_date) as expected_date
            from project_milestone where business_key in (:keys) and actual_date is null
            order by business_key, expected_date, position""")
        .param("keys", businessKeys)
        .query(rs -> {
          next.putIfAbsent(rs.getString("business_key"),
              new NextMilestone(rs.getString("name"), rs.getObject("expected_date", LocalDate.class)));
        });
    return next;
  }

  static String titleKey(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }
}
