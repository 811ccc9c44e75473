package nc.provincenord.pilotage.steering;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.steering.Workload.MonthLoad;
import nc.provincenord.pilotage.steering.Workload.PersonLoad;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Allocations summed per person and month in the database (GROUP BY on {@code project_allocation}),
 * a page of people at a time; names from the identity service, for that page only.
 */
@Repository
public class WorkloadQueries {

  public static final int MAX_MONTHS = 24;
  public static final int MAX_SIZE = 100;

  private final JdbcClient jdbc;
  private final IdentityService identity;

  WorkloadQueries(JdbcClient jdbc, IdentityService identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /**
   * @param from            first month shown
   * @param months          how many months (1 to {@link #MAX_MONTHS})
   * @param overAllocatedOnly only people above {@link Workload#FULL_TIME} in at least one month shown
   */
  public Workload workload(ProjectSelection scope, YearMonth from, int months, boolean overAllocatedOnly, int page, int size) {
    if (months < 1 || months > MAX_MONTHS || page < 0 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("Window or page out of bounds");
    }
    Map<String, Object> params = new HashMap<>();
    String monthly = """
        select a.user_id, a.allocation_month, sum(a.percent) as total, count(*) as projects
        from project_allocation a
        where a.allocation_month >= :from and a.allocation_month < :to and""" + scope.keyIn("a.business_key", params)
        + " group by a.user_id, a.allocation_month";
    params.put("from", Date.valueOf(from.atDay(1)));
    params.put("to", Date.valueOf(from.plusMonths(months).atDay(1)));
    String people = "select m.user_id, count(*) over () as total from (" + monthly + ") m group by m.user_id"
        + (overAllocatedOnly ? " having max(m.total) > " + Workload.FULL_TIME : "");
    params.put("limit", size);
    params.put("offset", (long) page * size);
    long[] total = {-1};
    // One pass over the window's allocations gives the page of people and their number.
    List<String> userIds = jdbc.sql(people + " order by m.user_id limit :limit offset :offset").params(params)
        .query((rs, n) -> {
          total[0] = rs.getLong("total");
          return rs.getString("user_id");
        }).list();
    if (total[0] < 0) {
      total[0] = jdbc.sql("select count(*) from (" + people + ") u").params(params).query(Long.class).single();
    }

    List<YearMonth> window = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      window.add(from.plusMonths(i));
    }
    Map<String, Map<YearMonth, MonthLoad>> loads = new HashMap<>();
    if (!userIds.isEmpty()) {
      params.put("users", userIds);
      jdbc.sql("select * from (" + monthly + ") m where m.user_id in (:users)").params(params).query(rs -> {
        YearMonth month = YearMonth.from(rs.getObject("allocation_month", LocalDate.class));
        loads.computeIfAbsent(rs.getString("user_id"), id -> new HashMap<>())
            .put(month, new MonthLoad(month, rs.getInt("total"), rs.getInt("projects")));
      });
    }
    Map<String, String> names = displayNames(userIds);
    List<PersonLoad> rows = userIds.stream().map(id -> new PersonLoad(id, names.getOrDefault(id, id),
        window.stream().map(month -> loads.getOrDefault(id, Map.of()).getOrDefault(month, new MonthLoad(month, 0, 0))).toList()))
        .toList();
    return new Workload(window, rows, page, size, total[0], (int) ((total[0] + size - 1) / size));
  }

  private Map<String, String> displayNames(List<String> userIds) {
    Map<String, String> names = new HashMap<>();
    if (userIds.isEmpty()) {
      return names;
    }
    for (User user : identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
      String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
          + (user.getLastName() == null ? "" : user.getLastName())).strip();
      names.put(user.getId(), name.isEmpty() ? user.getId() : name);
    }
    return names;
  }
}
