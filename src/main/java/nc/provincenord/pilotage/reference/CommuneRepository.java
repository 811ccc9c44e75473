package nc.provincenord.pilotage.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 17 communes of Province Nord (reference data), keyed by INSEE code. */
@Repository
public class CommuneRepository {

  private final JdbcClient jdbc;

  public CommuneRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** INSEE code => name, in alphabetical order of names. */
  public Map<String, String> namesByInseeCode() {
    Map<String, String> result = new LinkedHashMap<>();
    jdbc.sql("select insee_code, name from commune order by name")
        .query(rs -> {
          result.put(rs.getString("insee_code"), rs.getString("name"));
        });
    return result;
  }
}
