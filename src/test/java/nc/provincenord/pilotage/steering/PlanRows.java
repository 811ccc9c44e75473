package nc.provincenord.pilotage.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The rows of a plan as the planning form's dynamic lists send them. */
final class PlanRows {

  private PlanRows() {
  }

  static Map<String, Object> milestone(String name, LocalDate planned) {
    return Map.of("name", name, "plannedDate", planned.toString());
  }

  /** The project manager at half time. */
  static List<Map<String, Object>> team() {
    return List.of(Map.of("member", "cdp", "role", "Chef de projet", "allocationPercent", 50));
  }

  static List<Map<String, Object>> lines(int year, long investment) {
    return List.of(Map.of("year", year, "nature", "INVESTMENT", "plannedAmount", investment));
  }
}
