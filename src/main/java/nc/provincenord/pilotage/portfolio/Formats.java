package nc.provincenord.pilotage.portfolio;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import nc.provincenord.pilotage.lifecycle.HealthService.HealthLevel;

/** French formats of the portfolio (pages, reports): XPF with spaces, dates dd/MM/yyyy in the province's zone. */
public final class Formats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final ZoneId zone;

  public Formats(ZoneId zone) {
    this.zone = zone;
  }

  /** 12500000 => "12 500 000" (plain spaces: the same in a page, a PDF and a CSV). */
  public static String number(Long value) {
    if (value == null) {
      return "—";
    }
    String digits = Long.toString(Math.abs(value));
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        grouped.append(' ');
      }
      grouped.append(digits.charAt(i));
    }
    return (value < 0 ? "-" : "") + grouped;
  }

  public String xpf(Long value) {
    return value == null ? "—" : number(value) + " XPF";
  }

  public String date(LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  public String dateTime(OffsetDateTime time) {
    return time == null ? "—" : DATE_TIME.format(time.atZoneSameInstant(zone));
  }

  public String dateTime(Date time) {
    return time == null ? "—" : DATE_TIME.format(time.toInstant().atZone(zone));
  }

  public String day(OffsetDateTime time) {
    return time == null ? "—" : DATE.format(time.atZoneSameInstant(zone));
  }

  /** Days with one decimal, French comma: 12.5 => "12,5". */
  public static String days(double days) {
    return String.format(java.util.Locale.FRANCE, "%.1f", days);
  }

  public static String health(String level) {
    return level == null ? "non évaluée" : HealthLevel.valueOf(level).label();
  }

  public String healthLabel(String level) {
    return health(level);
  }

  public String dayCount(double days) {
    return duration(days);
  }

  /**
   * A duration in the unit a person reads: minutes under an hour, hours under a day, days
   * beyond ("45 min", "5,5 h", "12,5 j"). Rounded to the unit shown, never "0,0 j" for a stay of hours.
   */
  public static String duration(double days) {
    double minutes = days * 1440;
    if (minutes < 59.5) {
      return Math.round(Math.max(0, minutes)) + " min";
    }
    if (minutes < 1440 - 3) {
      return String.format(java.util.Locale.FRANCE, "%.1f h", minutes / 60);
    }
    return days(days) + " j";
  }

  public String amount(Long value) {
    return number(value);
  }
}
