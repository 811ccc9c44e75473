package nc.provincenord.pilotage.steering;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;

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

  /** The planning form's lists and a planned budget of 3 000 000 XPF; the caller adds what its step needs. */
  static Map<String, Object> plan(List<Map<String, Object>> milestones, List<Map<String, Object>> team,
                                  List<Map<String, Object>> lines) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put(SteeringVariables.PLANNED_MILESTONES.name(), milestones);
    plan.put(SteeringVariables.TEAM_MEMBERS.name(), team);
    plan.put(SteeringVariables.BUDGET_LINES.name(), lines);
    plan.put(LifecycleVariables.PLANNED_BUDGET.name(), 3_000_000);
    return plan;
  }
}
