package nc.provincenord.pilotage.steering;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Open risks of the projects in scope: how many in each probability × impact cell (1 to 4 each),
 * and one page of the risks themselves, highest score first.
 */
public record RiskMap(List<Cell> cells, List<OpenRisk> risks, int page, int size, long total, int totalPages) {

  public static final int SCALE = 4;

  /** The number of open risks of one probability and impact. */
  public record Cell(int probability, int impact, long count) {

    public int score() {
      return probability * impact;
    }
  }

  /** One open risk with its project. */
  public record OpenRisk(long id, String businessKey, String projectTitle, String title, int probability, int impact,
                         String owner, String mitigation, OffsetDateTime updatedAt) {

    public int score() {
      return probability * impact;
    }
  }

  public long count(int probability, int impact) {
    return cells.stream().filter(c -> c.probability() == probability && c.impact() == impact).mapToLong(Cell::count).sum();
  }

  public long totalOpen() {
    return cells.stream().mapToLong(Cell::count).sum();
  }
}
