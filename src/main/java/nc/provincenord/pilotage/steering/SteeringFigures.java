package nc.provincenord.pilotage.steering;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The steering figures of the weekly report, over the active projects of a scope. */
@Repository
public class SteeringFigures {

  private final JdbcClient jdbc;

  SteeringFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A milestone planned between {@code from} and {@code ahead}, or reached between {@code from} and {@code to}. */
  public record MilestoneLine(String code, String title, String milestone, LocalDate plannedDate, LocalDate forecastDate,
                              LocalDate actualDate, long slipDays) {
  }

  /** An open risk of an active project. */
  public record OpenRisk(String code, String title, String risk, int probability, int impact, int score, String owner) {
  }

  /** Budget lines of the active projects summed per year (XPF). */
  public record YearBudget(int year, long investment, long operating, long consumed) {
  }

  public List<MilestoneLine> milestones(ProjectSelection scope, LocalDate from, LocalDate to, LocalDate ahead) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.activeKeyIn("m.business_key", params);
    params.put("fromDay", from);
    params.put("toDay", to);
    params.put("aheadDay", ahead);
    return jdbc.sql("""
            select m.business_key, %s as title, m.name, m.planned_date, m.forecast_date, m.actual_date
            from project_milestone m
            where %s
              and ((m.planned_date >= :fromDay and m.planned_date <= :aheadDay)
                   or (m.actual_date >= :fromDay and m.actual_date <= :toDay))
            order by m.planned_date, m.business_key, m.position""".formatted(scope.titleOf("m.business_key"), where))
        .params(params).query((rs, n) -> {
          LocalDate planned = rs.getObject("planned_date", LocalDate.class);
          LocalDate forecast = rs.getObject("forecast_date", LocalDate.class);
          LocalDate actual = rs.getObject("actual_date", LocalDate.class);
          LocalDate expected = actual != null ? actual : forecast != null ? forecast : planned;
          return new MilestoneLine(rs.getString("business_key"), rs.getString("title"), rs.getString("name"),
              planned, forecast, actual, ChronoUnit.DAYS.between(planned, expected));
        }).list();
  }

  /** The open risks, highest score first, at most {@code limit}. */
  public List<OpenRisk> openRisks(ProjectSelection scope, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.activeKeyIn("r.business_key", params);
    params.put("limit", limit);
    return jdbc.sql("""
            select r.business_key, %s as title, r.title as risk, r.probability, r.impact, r.owner
            from project_risk r
            where %s
              and r.status = 'OPEN'
            order by r.probability * r.impact desc, r.business_key, r.id
            fetch first :limit rows only""".formatted(scope.titleOf("r.business_key"), where))
        .params(params).query((rs, n) -> new OpenRisk(rs.getString("business_key"), rs.getString("title"),
            rs.getString("risk"), rs.getInt("probability"), rs.getInt("impact"), rs.getInt("probability") * rs.getInt("impact"),
            rs.getString("owner")))
        .list();
  }

  public List<YearBudget> budgetPerYear(ProjectSelection scope) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.activeKeyIn("b.business_key", params);
    return jdbc.sql("""
            select b.budget_year,
                   sum(case when b.nature = 'INVESTMENT' then b.planned_amount else 0 end) as investment,
                   sum(case when b.nature = 'OPERATING' then b.planned_amount else 0 end) as operating,
                   sum(b.consumed_amount) as consumed
            from project_budget_line b
            where """ + where + """
            group by b.budget_year order by b.budget_year""")
        .params(params).query((rs, n) -> new YearBudget(rs.getInt("budget_year"), rs.getLong("investment"),
            rs.getLong("operating"), rs.getLong("consumed")))
        .list();
  }
}
