package nc.provincenord.pilotage.communication.oncall;

import java.time.LocalDate;

/**
 * One week of the on-call roster, Monday to Sunday (Nouméa time). {@code onDutyUser} is
 * {@code null} for a week nobody covers: a gap, shown as an error.
 */
public record OnCallWeek(LocalDate weekStart, String onDutyUser, String backupUser) {

  public LocalDate weekEnd() {
    return weekStart.plusDays(6);
  }

  public boolean gap() {
    return onDutyUser == null;
  }
}
