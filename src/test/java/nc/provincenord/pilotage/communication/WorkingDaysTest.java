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
    assertThat(new WorkingDays(Clock.system(NOUMEA)).add(from, days)).isEqualTo(ZonedDateTime.of(java.time.LocalDateTime.parse(expected), NOUMEA));
  }

  @Test
  void shouldComputeTheDueDateFromTheApplicationClockInNoumea() {
    // Friday 7 March 2025, 16:00 in Nouméa is 05:00 UTC: two working days later is Tuesday 11 March 16:00 Nouméa.
    Clock friday = Clock.fixed(ZonedDateTime.of(2025, 3, 7, 16, 0, 0, 0, NOUMEA).toInstant(), NOUMEA);
    assertThat(new WorkingDays(friday).after(2).toInstant())
        .isEqualTo(ZonedDateTime.of(2025, 3, 11, 16, 0, 0, 0, NOUMEA).toInstant());
  }

  @ParameterizedTest(name = "{0} + {1} jours ouvrés = {2} (jours fériés sautés)")
  @CsvSource({
      "2026-04-03T10:00, 1, 2026-04-07T10:00",   // Good Friday is worked; Easter Monday 6 April is not
      "2026-05-13T10:00, 1, 2026-05-15T10:00",   // Ascension, Thursday 14 May 2026
      "2026-05-22T10:00, 1, 2026-05-26T10:00",   // Whit Monday, 25 May 2026
      "2026-09-23T10:00, 1, 2026-09-25T10:00",   // 24 September, Fête de la citoyenneté
      "2026-12-24T10:00, 1, 2026-12-28T10:00",   // Christmas on a Friday
      "2027-03-26T10:00, 1, 2027-03-30T10:00"    // Easter Monday, 29 March 2027
  })
  void shouldSkipTheHolidaysOfNewCaledonia(String start, long days, String expected) {
    ZonedDateTime from = ZonedDateTime.of(java.time.LocalDateTime.parse(start), NOUMEA);
    assertThat(new WorkingDays(Clock.system(NOUMEA)).add(from, days)).isEqualTo(ZonedDateTime.of(java.time.LocalDateTime.parse(expected), NOUMEA));
  }

  @Test
  void shouldSkipTheExtraDaysOffOfTheConfiguration() {
    WorkingDays withBridge = new WorkingDays(Clock.system(NOUMEA), java.util.Set.of(java.time.LocalDate.of(2026, 11, 2)));
    assertThat(withBridge.add(ZonedDateTime.of(2026, 10, 30, 9, 0, 0, 0, NOUMEA), 1))
        .isEqualTo(ZonedDateTime.of(2026, 11, 3, 9, 0, 0, 0, NOUMEA));
  }

  @Test
  void shouldRefuseANegativeNumberOfDays() {
    assertThatThrownBy(() -> new WorkingDays(Clock.system(NOUMEA)).add(ZonedDateTime.now(NOUMEA), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
