package nc.provincenord.pilotage.lifecycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nc.provincenord.pilotage.steering.ProjectSelection;

/**
 * Which projects a read of the portfolio covers, and in which order. Its values are checked by
 * the caller (the portfolio filter); here each one is bound as a parameter, and a sort key maps
 * to a fixed SQL expression of {@link #SORT_KEYS} (never the raw value). Steering's reads take it as
 * a {@link ProjectSelection}: SQL on this module's {@code project} table, written here.
 *
 * @param health {@code GREEN}, {@code AMBER}, {@code RED} or {@code NONE} (no status report yet)
 * @param year   year of the request (the one in the project code {@code PRJ-<année>-<nnnn>})
 */
public record ProjectScope(String direction, String stage, String health, String commune, Integer year, String status,
                           String sort, boolean desc) implements ProjectSelection {

  static final String REFERENCE_BUDGET = "coalesce(p.allocated_budget, p.planned_budget, p.estimated_budget)";
  private static final Map<String, String> SORTS = sorts();

  /** The sort keys a scope accepts, in the order the page shows them. */
  public static final Set<String> SORT_KEYS = Collections.unmodifiableSet(SORTS.keySet());

  public ProjectScope {
    if (sort == null || !SORTS.containsKey(sort)) {
      throw new IllegalArgumentException("Unknown sort key " + sort);
    }
  }

  /** Every project, newest code first. */
  public static ProjectScope all() {
    return new ProjectScope(null, null, null, null, null, null, "code", true);
  }

  /** The SQL condition on {@code project p}, with its parameters added to {@code params}. */
  String where(Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(" 1 = 1");
    if (direction != null) {
      sql.append(" and p.direction = :direction");
      params.put("direction", direction);
    }
    if (stage != null) {
      sql.append(" and p.current_stage = :stage");
      params.put("stage", stage);
    }
    if ("NONE".equals(health)) {
      sql.append(" and p.health is null");
    } else if (health != null) {
      sql.append(" and p.health = :health");
      params.put("health", health);
    }
    if (commune != null) {
      sql.append(" and exists (select 1 from project_commune fc where fc.business_key = p.business_key and fc.insee_code = :commune)");
      params.put("commune", commune);
    }
    if (year != null) {
      sql.append(" and p.business_key like :yearPrefix");
      params.put("yearPrefix", "PRJ-" + year + "-%");
    }
    if (status != null) {
      sql.append(" and p.status = :status");
      params.put("status", status);
    }
    // Spaces around: the condition is spliced into text blocks, whose trailing spaces Java strips.
    return sql.append(' ').toString();
  }

  /** {@inheritDoc} {@code keyColumn} is a column of the caller's SQL, never a request value. */
  @Override
  public String keyIn(String keyColumn, Map<String, Object> params) {
    return " " + keyColumn + " in (select p.business_key from project p where" + where(params) + ") ";
  }

  @Override
  public String activeKeyIn(String keyColumn, Map<String, Object> params) {
    return " " + keyColumn + " in (select p.business_key from project p where" + where(params) + "and p.status = 'ACTIVE') ";
  }

  @Override
  public String titleOf(String keyColumn) {
    return "(select t.title from project t where t.business_key = " + keyColumn + ")";
  }

  String orderBy() {
    String direction = desc ? " desc" : " asc";
    return SORTS.get(sort) + direction + " nulls last" + ("code".equals(sort) ? "" : ", p.business_key" + direction);
  }

  private static Map<String, String> sorts() {
    Map<String, String> sorts = new LinkedHashMap<>();
    sorts.put("code", "p.business_key");
    sorts.put("title", "p.title");
    sorts.put("direction", "p.direction");
    sorts.put("stage", caseOf("p.current_stage", List.of(ProjectStage.values()).stream().map(Enum::name).toList()));
    sorts.put("health", caseOf("p.health", List.of("GREEN", "AMBER", "RED")));
    sorts.put("budget", REFERENCE_BUDGET);
    sorts.put("consumed", "p.consumed_budget");
    sorts.put("end", "coalesce(p.forecast_end_date, p.planned_end_date)");
    return sorts;
  }

  private static String caseOf(String column, List<String> values) {
    StringBuilder sql = new StringBuilder("case " + column);
    for (int i = 0; i < values.size(); i++) {
      sql.append(" when '").append(values.get(i)).append("' then ").append(i);
    }
    return sql.append(" end").toString();
  }
}
