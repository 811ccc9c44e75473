package nc.provincenord.pilotage.steering;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.steering.RiskMap.Cell;
import nc.provincenord.pilotage.steering.RiskMap.OpenRisk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts per cell are one GROUP BY; the list is a page (LIMIT/OFFSET) of one cell or of all. */
@Repository
public class RiskMapQueries {

  public static final int MAX_SIZE = 100;
  static final String OPEN = "OPEN";

  private final JdbcClient jdbc;

  RiskMapQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param probability with {@code impact}, list only the risks of that cell; null for all
   */
  public RiskMap map(ProjectSelection scope, Integer probability, Integer impact, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_SIZE || (probability == null) != (impact == null)
        || (probability != null && (outOfScale(probability) || outOfScale(impact)))) {
      throw new IllegalArgumentException("Cell or page out of bounds");
    }
    Map<String, Object> params = new HashMap<>();
    params.put("open", OPEN);
    String from = " from project_risk r where r.status = :open and " + scope.keyIn("r.business_key", params);
    List<Cell> cells = new ArrayList<>();
    jdbc.sql("select r.probability, r.impact, count(*) as n" + from + " group by r.probability, r.impact").params(params)
        .query(rs -> {
          cells.add(new Cell(rs.getInt("probability"), rs.getInt("impact"), rs.getLong("n")));
        });
    String listed = from;
    if (probability != null) {
      listed += " and r.probability = :probability and r.impact = :impact";
      params.put("probability", probability);
      params.put("impact", impact);
    }
    long total = jdbc.sql("select count(*)" + listed).params(params).query(Long.class).single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<OpenRisk> risks = jdbc.sql("""
            select r.id, r.business_key, %s as project_title, r.title, r.probability, r.impact, r.owner,
            r.mitigation, r.updated_at""".formatted(scope.titleOf("r.business_key")) + listed
            + " order by r.probability * r.impact desc, r.impact desc, r.updated_at desc, r.id desc limit :limit offset :offset")
        .params(params)
        .query((rs, n) -> new OpenRisk(rs.getLong("id"), rs.getString("business_key"), rs.getString("project_title"),
            rs.getString("title"), rs.getInt("probability"), rs.getInt("impact"), rs.getString("owner"),
            rs.getString("mitigation"), rs.getObject("updated_at", OffsetDateTime.class)))
        .list();
    return new RiskMap(cells, risks, page, size, total, (int) ((total + size - 1) / size));
  }

  private static boolean outOfScale(int value) {
    return value < 1 || value > RiskMap.SCALE;
  }
}
