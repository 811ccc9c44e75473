package nc.provincenord.pilotage.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** One project as the portfolio lists it: its row of {@code project}, budgets in XPF. */
public record ProjectRow(String key, String title, String direction, String track, String stage, String status,
                         String manager, ProjectHealth health, long estimated, Long allocated, Long planned, Long consumed,
                         LocalDate desired, LocalDate plannedStart, LocalDate plannedEnd, LocalDate forecastEnd,
                         LocalDate actualEnd) {

  static final String COLUMNS = """
      p.business_key, p.title, p.direction, p.track, p.current_stage, p.status, p.project_manager,
      p.health_cost, p.health_schedule, p.health_quality, p.health,
      p.estimated_budget, p.allocated_budget, p.planned_budget, p.consumed_budget,
      p.desired_date, p.planned_start_date, p.planned_end_date, p.forecast_end_date, p.actual_end_date""";

  static ProjectRow of(ResultSet rs) throws SQLException {
    return new ProjectRow(rs.getString("business_key"), rs.getString("title"), rs.getString("direction"), rs.getString("track"),
        rs.getString("current_stage"), rs.getString("status"), rs.getString("project_manager"),
        new ProjectHealth(rs.getString("health_cost"), rs.getString("health_schedule"), rs.getString("health_quality"),
            rs.getString("health")),
        rs.getLong("estimated_budget"), rs.getObject("allocated_budget", Long.class), rs.getObject("planned_budget", Long.class),
        rs.getObject("consumed_budget", Long.class), rs.getObject("desired_date", LocalDate.class),
        rs.getObject("planned_start_date", LocalDate.class), rs.getObject("planned_end_date", LocalDate.class),
        rs.getObject("forecast_end_date", LocalDate.class), rs.getObject("actual_end_date", LocalDate.class));
  }

  /** The allocated budget, else the planned one, else the estimate (the one the health is measured against). */
  public long reference() {
    return allocated != null ? allocated : planned != null ? planned : estimated;
  }
}
