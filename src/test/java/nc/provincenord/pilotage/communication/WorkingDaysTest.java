package nc.provincenord.pilotage.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

  static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");

  @ParameterizedTest(name = "{0} + {1} jours ouvrés = {2}")
  @CsvSource({
      "2025-03-03T09:00, 2, 2025-03-05T09:00",   // Monday -> Wednesday
      "2025-03-06T15:00, 2, 2025-03-10T15:00",   // Thursday -> Monday
      "2025-03-07T15:00, 2, 2025-03-11T15:00",   // Friday -> Tuesday
      "2025-03-08T10:00, 2, 2025-03-11T10:00",   // Saturday -> Tuesday
      "2025-03-09T23:30, 1, 2025-03-10T23:30",   // Sunday -> Monday
      "2025-03-07T15:00, 0, 2025-03-07T15:00",
      "2025-03-03T09:00, 5, 2025-03-10T09:00"    // a full week
  })
  void shouldCountOnlyMondayToFriday(String start, long days, String expected) {
    ZonedDateTime from = ZonedDateTime.of(java.time.LocalDateTime.parse(start), NOUMEA);
    assertThat(WorkingDays.add(from, days)).isEqualTo(ZonedDateTime.of(java.time.LocalDateTime.parse(expected), NOUMEA));
  }

  @Test
  void shouldComputeTheDueDateFromTheApplicationClockInNoumea() {
    // Friday 7 March 2025, 16:00 in Nouméa is 05:00 UTC: two working days later is Tuesday 11 March 16:00 Nouméa.
    Clock friday = Clock.fixed(ZonedDateTime.of(2025, 3, 7, 16, 0, 0, 0, NOUMEA).toInstant(), NOUMEA);
    assertThat(new WorkingDays(friday).after(2).toInstant())
        .isEqualTo(ZonedDateTime.of(2025, 3, 11, 16, 0, 0, 0, NOUMEA).toInstant());
  }

  @Test
  void shouldRefuseANegativeNumberOfDays() {
    assertThatThrownBy(() -> WorkingDays.add(ZonedDateTime.now(NOUMEA), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
