package nc.provincenord.pilotage.steering;

import java.util.Map;

/**
 * Which projects a cross-project steering read looks at: the portfolio's filters (direction,
 * stage, health, commune, year of the request, status), already checked by the caller against
 * their closed lists. Every value is bound as a parameter, never spliced into the SQL.
 *
 * @param health {@code GREEN}, {@code AMBER}, {@code RED} or {@code NONE} (not yet evaluated)
 * @param status {@code ACTIVE}, {@code CLOSED}, {@code REFUSED}, {@code WITHDRAWN}; null for all
 */
public record ProjectScope(String direction, String stage, String health, String commune, Integer year, String status) {

  /** The SQL condition on {@code project p}, its parameters added to {@code params}. */
  String where(Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(" 1 = 1");
    condition(sql, params, "direction", direction, " and p.direction = :direction");
    condition(sql, params, "stage", stage, " and p.current_stage = :stage");
    if ("NONE".equals(health)) {
      sql.append(" and p.health is null");
    } else {
      condition(sql, params, "health", health, " and p.health = :health");
    }
    condition(sql, params, "commune", commune,
        " and exists (select 1 from project_commune fc where fc.business_key = p.business_key and fc.insee_code = :commune)");
    condition(sql, params, "yearPrefix", year == null ? null : "PRJ-" + year + "-%", " and p.business_key like :yearPrefix");
    condition(sql, params, "status", status, " and p.status = :status");
    return sql.append(' ').toString();
  }

  private static void condition(StringBuilder sql, Map<String, Object> params, String name, Object value, String clause) {
    if (value != null) {
      sql.append(clause);
      params.put(name, value);
    }
  }
}
