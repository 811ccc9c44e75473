package nc.provincenord.pilotage.steering;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated status report's structured part: the milestones' forecast and actual dates (by
 * position), the risks added or updated (by title), the consumed amount of each budget line.
 */
public record StatusEntry(List<MilestoneProgress> milestones, List<RiskEntry> risks, List<Consumption> consumption) {

  public record MilestoneProgress(int position, LocalDate forecastDate, LocalDate actualDate) {
  }

  public record RiskEntry(String title, int probability, int impact, String owner, String mitigation, RiskStatus status) {
  }

  public record Consumption(int year, BudgetNature nature, long consumedAmount) {
  }
}
