package nc.provincenord.pilotage.portfolio;

import nc.provincenord.pilotage.lifecycle.LifecycleLabels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import nc.provincenord.pilotage.portfolio.WeeklyFigures.BudgetTotals;
import nc.provincenord.pilotage.portfolio.WeeklyFigures.DirectionBudget;
import nc.provincenord.pilotage.portfolio.WeeklyFigures.OverdueApproval;
import nc.provincenord.pilotage.portfolio.WeeklyFigures.RedProject;
import nc.provincenord.pilotage.portfolio.WeeklyFigures.StageHealth;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The weekly report's figures: aggregates computed by the database, and the project list
 * streamed row by row into the CSV (a cursor of 500 rows at a time on PostgreSQL).
 */
@Repository
class WeeklyReportQueries {

  private static final String ACTIVE = " and p.status = 'ACTIVE'";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate streaming;

  WeeklyReportQueries(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(500);
    this.streaming = new NamedParameterJdbcTemplate(template);
  }

  WeeklyFigures figures(PortfolioFilter scope, OffsetDateTime asOf) {
    OffsetDateTime from = asOf.minusDays(7);
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    params.put("from", from);
    params.put("to", asOf);

    long active = count("select count(*) from project p where " + where + ACTIVE, params);
    long created = count("select count(*) from project p where " + where + " and p.created_at >= :from and p.created_at < :to", params);
    long closed = count("select count(*) from project p where " + where
        + " and p.status = 'CLOSED' and p.closed_at >= :from and p.closed_at < :to", params);

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
    StageHealth total = new StageHealth("TOTAL", "Total", totals[0], totals[1], totals[2], totals[3],
        totals[0] + totals[1] + totals[2] + totals[3]);

    List<RedProject> turnedRed = jdbc.sql("""
            select p.business_key, p.title, p.direction, p.current_stage, a.created_at, a.message
            from project_alert a join project p on p.business_key = a.business_key
            where a.kind = 'HEALTH_RED' and a.created_at >= :from and a.created_at < :to and """ + where + """
             order by a.created_at, a.id""")
        .params(params)
        .query((rs, n) -> new RedProject(rs.getString("business_key"), rs.getString("title"), rs.getString("direction"),
            label(rs.getString("current_stage")), rs.getObject("created_at", OffsetDateTime.class), rs.getString("message")))
        .list();

    List<OverdueApproval> overdue = jdbc.sql("""
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

    BudgetTotals budget = jdbc.sql("select coalesce(sum(" + PortfolioFilter.REFERENCE_BUDGET + "), 0) as reference,"
            + " coalesce(sum(p.allocated_budget), 0) as allocated, coalesce(sum(p.consumed_budget), 0) as consumed"
            + " from project p where " + where + ACTIVE)
        .params(params)
        .query((rs, n) -> {
          long reference = rs.getLong("reference");
          long consumed = rs.getLong("consumed");
          return new BudgetTotals(reference, rs.getLong("allocated"), consumed,
              reference == 0 ? 0 : Math.round(consumed * 100.0 / reference));
        }).single();

    List<DirectionBudget> byDirection = jdbc.sql("select p.direction as direction, count(*) as n, sum("
            + PortfolioFilter.REFERENCE_BUDGET + ") as reference, coalesce(sum(p.consumed_budget), 0) as consumed"
            + " from project p where " + where + ACTIVE + " group by p.direction order by p.direction")
        .params(params)
        .query((rs, n) -> new DirectionBudget(rs.getString("direction"), rs.getLong("n"), rs.getLong("reference"),
            rs.getLong("consumed")))
        .list();

    params.put("fromDay", from.toLocalDate());
    params.put("toDay", asOf.toLocalDate());
    params.put("aheadDay", asOf.toLocalDate().plusWeeks(4));
    List<WeeklyFigures.MilestoneLine> milestones = jdbc.sql("""
            select p.business_key, p.title, m.name, m.planned_date, m.forecast_date, m.actual_date
            from project_milestone m join project p on p.business_key = m.business_key
            where """ + where + ACTIVE + """
              and ((m.planned_date >= :fromDay and m.planned_date <= :aheadDay)
                   or (m.actual_date >= :fromDay and m.actual_date <= :toDay))
            order by m.planned_date, p.business_key, m.position""")
        .params(params).query((rs, n) -> {
          java.time.LocalDate planned = rs.getObject("planned_date", java.time.LocalDate.class);
          java.time.LocalDate forecast = rs.getObject("forecast_date", java.time.LocalDate.class);
          java.time.LocalDate actual = rs.getObject("actual_date", java.time.LocalDate.class);
          java.time.LocalDate expected = actual != null ? actual : forecast != null ? forecast : planned;
          return new WeeklyFigures.MilestoneLine(rs.getString("business_key"), rs.getString("title"), rs.getString("name"),
              planned, forecast, actual, java.time.temporal.ChronoUnit.DAYS.between(planned, expected));
        }).list();
    List<WeeklyFigures.OpenRisk> risks = jdbc.sql("""
            select p.business_key, p.title, r.title as risk, r.probability, r.impact, r.owner
            from project_risk r join project p on p.business_key = r.business_key
            where """ + where + ACTIVE + """
              and r.status = 'OPEN'
            order by r.probability * r.impact desc, p.business_key, r.id""")
        .params(params).query((rs, n) -> new WeeklyFigures.OpenRisk(rs.getString("business_key"), rs.getString("title"),
            rs.getString("risk"), rs.getInt("probability"), rs.getInt("impact"), rs.getInt("probability") * rs.getInt("impact"),
            rs.getString("owner")))
        .list().stream().limit(30).toList();
    List<WeeklyFigures.YearBudget> perYear = jdbc.sql("""
            select b.budget_year,
                   sum(case when b.nature = 'INVESTMENT' then b.planned_amount else 0 end) as investment,
                   sum(case when b.nature = 'OPERATING' then b.planned_amount else 0 end) as operating,
                   sum(b.consumed_amount) as consumed
            from project_budget_line b join project p on p.business_key = b.business_key
            where """ + where + ACTIVE + """
            group by b.budget_year order by b.budget_year""")
        .params(params).query((rs, n) -> new WeeklyFigures.YearBudget(rs.getInt("budget_year"), rs.getLong("investment"),
            rs.getLong("operating"), rs.getLong("consumed")))
        .list();
    return new WeeklyFigures(asOf, from, active, created, closed, stageHealth, total, turnedRed, overdue, budget, byDirection,
        milestones, risks, perYear);
  }

  /** One CSV line per active project of the scope, streamed from the database. */
  void writeProjects(PortfolioFilter scope, java.util.Set<String> turnedRed, CSVPrinter csv) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    streaming.query("select " + PortfolioQueries.PROJECT_COLUMNS + " from project p where " + where + ACTIVE
        + " order by p.business_key", params, rs -> {
          PortfolioQueries.Row row = PortfolioQueries.Row.of(rs);
          LocalDate end = row.forecastEnd() != null ? row.forecastEnd() : row.plannedEnd();
          try {
            csv.printRecord(row.key(), CsvText.safe(row.title()), row.direction(), row.track() == null ? "" : LifecycleLabels.track(row.track()), label(row.stage()),
                Formats.health(row.health().cost()), Formats.health(row.health().schedule()),
                Formats.health(row.health().quality()), Formats.health(row.health().overall()),
                turnedRed.contains(row.key()) ? "oui" : "non", row.reference(), row.allocated(), row.consumed(),
                end == null ? "" : end.toString(), CsvText.safe(row.manager()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private long count(String sql, Map<String, Object> params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  private static String label(String stage) {
    return stage == null ? "—" : ProjectStage.valueOf(stage).label();
  }
}
