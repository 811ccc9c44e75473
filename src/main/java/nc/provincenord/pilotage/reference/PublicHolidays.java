package nc.provincenord.pilotage.reference;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public holidays of New Caledonia: the French ones (fixed dates, and those that follow
 * Easter: Easter Monday, Ascension, Whit Monday) and 24 September, Fête de la citoyenneté.
 * Days the province adds (a bridge day, a local holiday) come from configuration.
 */
public final class PublicHolidays {

  private static final List<MonthDay> FIXED = List.of(
      MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8), MonthDay.of(7, 14), MonthDay.of(8, 15),
      MonthDay.of(9, 24), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

  private final Set<LocalDate> extraDays;

  public PublicHolidays(Set<LocalDate> extraDays) {
    this.extraDays = Set.copyOf(extraDays);
  }

  public boolean isHoliday(LocalDate day) {
    return extraDays.contains(day) || FIXED.contains(MonthDay.from(day)) || movable(day.getYear()).contains(day);
  }

  private static Set<LocalDate> movable(int year) {
    LocalDate easter = easterSunday(year);
    Set<LocalDate> days = new HashSet<>();
    days.add(easter.plusDays(1));
    days.add(easter.plusDays(39));
    days.add(easter.plusDays(50));
    return days;
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computation). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
