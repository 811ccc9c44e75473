package nc.provincenord.pilotage.steering;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.steering.Roadmap.RoadmapMilestone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The milestones of a set of projects (a page of the portfolio), in one query on {@code project_milestone}. */
@Repository
public class RoadmapQueries {

  /** A page of the portfolio holds at most this many projects (see the portfolio's page size). */
  static final int MAX_PROJECTS = 100;

  private final JdbcClient jdbc;

  RoadmapQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The milestones of these projects by project, each project's in its planned order. */
  public Map<String, List<RoadmapMilestone>> milestonesOf(Collection<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return Map.of();
    }
    if (businessKeys.size() > MAX_PROJECTS) {
      throw new IllegalArgumentException("At most " + MAX_PROJECTS + " projects at once");
    }
    Map<String, List<RoadmapMilestone>> byProject = new LinkedHashMap<>();
    jdbc.sql("""
            select business_key, position, name, deliverable, planned_date, forecast_date, actual_date
            from project_milestone where business_key in (:keys) order by business_key, position, planned_date""")
        .param("keys", businessKeys)
        .query((rs, n) -> new RoadmapMilestone(rs.getString("business_key"), rs.getInt("position"), rs.getString("name"),
            rs.getString("deliverable"), rs.getObject("planned_date", java.time.LocalDate.class),
            rs.getObject("forecast_date", java.time.LocalDate.class), rs.getObject("actual_date", java.time.LocalDate.class)))
        .list()
        .forEach(milestone -> byProject.computeIfAbsent(milestone.businessKey(), key -> new java.util.ArrayList<>()).add(milestone));
    return byProject;
  }
}
