package nc.provincenord.pilotage.portfolio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nc.provincenord.pilotage.lifecycle.HealthService.HealthLevel;
import nc.provincenord.pilotage.lifecycle.ProjectScope;
import nc.provincenord.pilotage.lifecycle.ProjectStage;

/**
 * What the portfolio page and {@code /api/projects} filter, sort and page on. Every value
 * comes from the query string: each is checked against a closed list before it reaches the
 * lifecycle's read API ({@link ProjectScope}: bound as a parameter; sort keys map to fixed expressions).
 *
 * @param health {@code GREEN}, {@code AMBER}, {@code RED} or {@code NONE} (no status report yet)
 * @param year   year of the request (the one in the project code {@code PRJ-<année>-<nnnn>})
 * @param status {@code ACTIVE}, {@code CLOSED}, {@code REFUSED}, {@code WITHDRAWN}; empty for all
 * @param sort   one of {@link #SORTS}; {@code desc} reverses it
 */
public record PortfolioFilter(String direction, String stage, String health, String commune, Integer year, String status,
                              String sort, boolean desc, int page, int size) {

  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_SIZE = 100;

  /** Sort keys of the page and the API (each maps to a fixed SQL expression in the lifecycle, never the raw parameter). */
  public static final Set<String> SORTS = ProjectScope.SORT_KEYS;

  public PortfolioFilter {
    direction = blankToNull(direction);
    stage = blankToNull(stage);
    health = blankToNull(health);
    commune = blankToNull(commune);
    status = blankToNull(status);
    String stageCode = stage;
    if (stage != null && List.of(ProjectStage.values()).stream().noneMatch(s -> s.name().equals(stageCode))) {
      throw new InvalidFilterException("Étape inconnue : " + stage + ".");
    }
    if (health != null && !List.of("GREEN", "AMBER", "RED", "NONE").contains(health)) {
      throw new InvalidFilterException("Santé inconnue : " + health + " (GREEN, AMBER, RED ou NONE).");
    }
    if (status != null && !List.of("ACTIVE", "CLOSED", "REFUSED", "WITHDRAWN").contains(status)) {
      throw new InvalidFilterException("Statut inconnu : " + status + " (ACTIVE, CLOSED, REFUSED ou WITHDRAWN).");
    }
    if (commune != null && !commune.matches("\\d{5}")) {
      throw new InvalidFilterException("Commune inconnue : " + commune + " (code INSEE à 5 chiffres).");
    }
    if (direction != null && !direction.matches("[A-Za-z0-9_-]{1,20}")) {
      throw new InvalidFilterException("Direction inconnue : " + direction + ".");
    }
    if (year != null && (year < 1900 || year > 9999)) {
      throw new InvalidFilterException("Année invalide : " + year + ".");
    }
    sort = blankToNull(sort) == null ? "code" : sort;
    if (!SORTS.contains(sort)) {
      throw new InvalidFilterException("Tri inconnu : " + sort + " (" + String.join(", ", SORTS) + ").");
    }
    if (page < 0) {
      throw new InvalidFilterException("La page commence à 0.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidFilterException("La taille d'une page va de 1 à " + MAX_SIZE + ".");
    }
  }

  public static PortfolioFilter all() {
    return new PortfolioFilter(null, null, null, null, null, null, "code", true, 0, DEFAULT_SIZE);
  }

  public PortfolioFilter withPage(int newPage) {
    return new PortfolioFilter(direction, stage, health, commune, year, status, sort, desc, newPage, size);
  }

  /** The projects this filter selects, in its order: what the lifecycle's read API takes. */
  ProjectScope scope() {
    return new ProjectScope(direction, stage, health, commune, year, status, sort, desc);
  }

  /** The query string of this filter (for links to other pages or sorts), without the page. */
  public Map<String, Object> queryParameters() {
    Map<String, Object> query = new LinkedHashMap<>();
    if (direction != null) {
      query.put("direction", direction);
    }
    if (stage != null) {
      query.put("stage", stage);
    }
    if (health != null) {
      query.put("health", health);
    }
    if (commune != null) {
      query.put("commune", commune);
    }
    if (year != null) {
      query.put("year", year);
    }
    if (status != null) {
      query.put("status", status);
    }
    query.put("sort", sort);
    query.put("desc", desc);
    query.put("size", size);
    return query;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String healthLabel(String health) {
    return health == null ? "non évaluée" : HealthLevel.valueOf(health).label();
  }

  /** A filter value outside its list: the page and the API answer 400 with this French message. */
  public static class InvalidFilterException extends RuntimeException {
    public InvalidFilterException(String message) {
      super(message);
    }
  }
}
