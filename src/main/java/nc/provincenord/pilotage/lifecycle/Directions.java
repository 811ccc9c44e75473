package nc.provincenord.pilotage.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The requesting directions ({@code pilotage.directions}): configuration, not code. */
@ConfigurationProperties("pilotage")
public record Directions(List<Direction> directions) {

  public Directions {
    directions = directions == null ? List.of() : List.copyOf(directions);
  }

  /** Code => label, in configuration order. */
  public Map<String, String> byCode() {
    Map<String, String> result = new LinkedHashMap<>();
    directions.forEach(direction -> result.put(direction.code(), direction.label()));
    return result;
  }

  public record Direction(String code, String label) {
  }
}
