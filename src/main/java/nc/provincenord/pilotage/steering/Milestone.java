package nc.provincenord.pilotage.steering;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A milestone of a project: planned at the planning step, its forecast and actual dates given by the
 * status reports. {@code position} is its rank in the plan (1, 2, …).
 */
public record Milestone(int position, String name, String deliverable, LocalDate plannedDate, LocalDate forecastDate,
                        LocalDate actualDate) {

  public boolean reached() {
    return actualDate != null;
  }

  /** The date the milestone is expected (or was reached) at: actual, else forecast, else planned. */
  public LocalDate expectedDate() {
    return actualDate != null ? actualDate : forecastDate != null ? forecastDate : plannedDate;
  }

  /** Days between the planned date and the expected one (positive when late). */
  public long slipDays() {
    return ChronoUnit.DAYS.between(plannedDate, expectedDate());
  }
}
