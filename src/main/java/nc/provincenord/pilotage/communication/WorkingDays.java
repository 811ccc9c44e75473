package nc.provincenord.pilotage.communication;

import nc.provincenord.pilotage.engine.ModelHelper;
import java.time.LocalDate;
import java.util.Set;
import nc.provincenord.pilotage.reference.PublicHolidays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Working days, Monday to Friday except New Caledonia's public holidays (and the extra days
 * off of {@code pilotage.calendar.extra-holidays}), in the application clock's zone
 * (Pacific/Noumea). Used in BPMN as {@code ${workingDays.after(2)}} for due dates and
 * escalation timers.
 */
@ModelHelper
@Component("workingDays")
public class WorkingDays {

  private final Clock clock;
  private final PublicHolidays holidays;

  @Autowired
  public WorkingDays(Clock clock, @Value("${pilotage.calendar.extra-holidays:}") Set<LocalDate> extraHolidays) {
    this.clock = clock;
    this.holidays = new PublicHolidays(extraHolidays);
  }

  public WorkingDays(Clock clock) {
    this(clock, Set.of());
  }

  /** Now plus the given number of working days, at the same time of day. */
  public Date after(long days) {
    return Date.from(add(ZonedDateTime.now(clock), days).toInstant());
  }

  /** The date plus the given number of working days, public holidays skipped. */
  public ZonedDateTime add(ZonedDateTime start, long days) {
    return add(start, days, holidays);
  }

  /**
   * Moves forward one day at a time, counting only Monday to Friday: Friday 15:00 plus 2
   * is Tuesday 15:00; Saturday 10:00 plus 2 is Tuesday 10:00.
   */
  static ZonedDateTime add(ZonedDateTime start, long days, PublicHolidays holidays) {
    if (days < 0) {
      throw new IllegalArgumentException("Nombre de jours ouvrés négatif : " + days);
    }
    ZonedDateTime result = start;
    long counted = 0;
    while (counted < days) {
      result = result.plusDays(1);
      if (isWorkingDay(result) && !holidays.isHoliday(result.toLocalDate())) {
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
