package nc.provincenord.pilotage.steering;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything structured about one project's plan and its follow-up, as stored. */
public record ProjectPlan(List<Milestone> milestones, List<TeamMember> team, List<Risk> risks, List<BudgetLine> budgetLines) {

  public static ProjectPlan empty() {
    return new ProjectPlan(List.of(), List.of(), List.of(), List.of());
  }

  public boolean hasBudgetLines() {
    return !budgetLines.isEmpty();
  }

  public List<Risk> openRisks() {
    return risks.stream().filter(Risk::open).toList();
  }

  /** Planned and consumed amounts summed per year, in year order. */
  public Map<Integer, YearBudget> budgetPerYear() {
    Map<Integer, YearBudget> perYear = new TreeMap<>();
    for (BudgetLine line : budgetLines) {
      perYear.merge(line.year(), new YearBudget(line.year(), line.plannedAmount(), line.consumedAmount()),
          (a, b) -> new YearBudget(a.year(), a.planned() + b.planned(), a.consumed() + b.consumed()));
    }
    return perYear;
  }

  public long consumedTotal() {
    return budgetLines.stream().mapToLong(BudgetLine::consumedAmount).sum();
  }

  public record YearBudget(int year, long planned, long consumed) {
  }
}
