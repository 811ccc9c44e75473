package nc.provincenord.pilotage.portfolio;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes milestones, teams, monthly allocations and risks straight into the steering tables (tests, benchmark). */
final class SteeringSeed {

  private final JdbcClient jdbc;

  SteeringSeed(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void milestone(String key, int position, String name, LocalDate planned, LocalDate forecast, LocalDate actual) {
    jdbc.sql("""
            insert into project_milestone (business_key, position, name, deliverable, planned_date, forecast_date, actual_date)
            values (:key, :position, :name, :deliverable, :planned, :forecast, :actual)""")
        .param("key", key).param("position", position).param("name", name).param("deliverable", "Livrable " + name)
        .param("planned", planned).param("forecast", forecast).param("actual", actual).update();
  }

  /** A team member with the same percentage for each of the given months (first days of months). */
  void member(String key, String userId, String role, int percent, LocalDate... months) {
    jdbc.sql("insert into project_team_member (business_key, user_id, project_role) values (:key, :user, :role)")
        .param("key", key).param("user", userId).param("role", role).update();
    for (LocalDate month : months) {
      jdbc.sql("insert into project_allocation (business_key, user_id, allocation_month, percent) values (:key, :user, :month, :percent)")
          .param("key", key).param("user", userId).param("month", month).param("percent", percent).update();
    }
  }

  void risk(String key, String title, int probability, int impact, String status, OffsetDateTime updatedAt) {
    jdbc.sql("""
            insert into project_risk (business_key, title, probability, impact, owner, mitigation, status, updated_at)
            values (:key, :title, :probability, :impact, 'cdp', :mitigation, :status, :at)""")
        .param("key", key).param("title", title).param("probability", probability).param("impact", impact)
        .param("mitigation", "Suivi hebdomadaire : " + title).param("status", status).param("at", updatedAt).update();
  }

  /** Removes the steering rows of one year's projects (before {@link PortfolioSeed#deleteYear}). */
  void deleteYear(int year) {
    String like = "PRJ-" + year + "-%";
    for (String table : new String[] {"project_allocation", "project_team_member", "project_milestone", "project_risk",
        "project_budget_line"}) {
      jdbc.sql("delete from " + table + " where business_key like :like").param("like", like).update();
    }
  }
}
