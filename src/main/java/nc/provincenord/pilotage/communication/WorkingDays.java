package nc.provincenord.pilotage.communication;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Working days, Monday to Friday, in the application clock's zone (Pacific/Noumea).
 * Used in BPMN as {@code ${workingDays.after(2)}} for due dates and escalation timers.
 * Public holidays are not counted as days off.
 */
@Component("workingDays")
public class WorkingDays {

  private final Clock clock;

  public WorkingDays(Clock clock) {
    this.clock = clock;
  }

  /** Now plus the given number of working days, at the same time of day. */
  public Date after(long days) {
    return Date.from(add(ZonedDateTime.now(clock), days).toInstant());
  }

  /**
   * Moves forward one day at a time, counting only Monday to Friday: Friday 15:00 plus 2
   * is Tuesday 15:00; Saturday 10:00 plus 2 is Tuesday 10:00.
   */
  public static ZonedDateTime add(ZonedDateTime start, long days) {
    if (days < 0) {
      throw new IllegalArgumentException("Nombre de jours ouvrés négatif : " + days);
    }
    ZonedDateTime result = start;
    long counted = 0;
    while (counted < days) {
      result = result.plusDays(1);
      if (isWorkingDay(result)) {
        counted++;
      }
    }
    return result;
  }

  static boolean isWorkingDay(ZonedDateTime day) {
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
  }
}
