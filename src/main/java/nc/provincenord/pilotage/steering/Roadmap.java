package nc.provincenord.pilotage.steering;

import java.time.LocalDate;

/** The milestones of the roadmap, read across projects. */
public final class Roadmap {

  private Roadmap() {
  }

  /**
   * One milestone: planned at planning, forecast and reached (actual) from the status reports.
   *
   * @param forecast null until a status report forecasts it
   * @param actual   null until it is reached
   */
  public record RoadmapMilestone(String businessKey, int position, String name, String deliverable, LocalDate planned,
                                 LocalDate forecast, LocalDate actual) {

    /** The forecast if there is one, else the plan. */
    public LocalDate expected() {
      return forecast != null ? forecast : planned;
    }

    /** Days the forecast (or the actual date) is past the plan; 0 when on time or early. */
    public long slipDays() {
      LocalDate reference = actual != null ? actual : expected();
      return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(planned, reference));
    }
  }
}
