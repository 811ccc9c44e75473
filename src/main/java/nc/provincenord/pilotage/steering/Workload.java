package nc.provincenord.pilotage.steering;

import java.time.YearMonth;
import java.util.List;

/**
 * Each person's allocation per month, summed over the projects in scope, on a bounded window of
 * months, one page of people at a time.
 */
public record Workload(List<YearMonth> months, List<PersonLoad> people, int page, int size, long total, int totalPages) {

  /** Above this many percent in a month, a person is over-allocated. */
  public static final int FULL_TIME = 100;

  /** One person: the directory's display name (the id when the directory has no name). */
  public record PersonLoad(String userId, String displayName, List<MonthLoad> months) {

    public boolean overAllocated() {
      return months.stream().anyMatch(MonthLoad::overAllocated);
    }
  }

  /** One month of one person: the sum of the percentages and the number of projects; 0 when free. */
  public record MonthLoad(YearMonth month, int percent, int projects) {

    public boolean overAllocated() {
      return percent > FULL_TIME;
    }
  }
}
