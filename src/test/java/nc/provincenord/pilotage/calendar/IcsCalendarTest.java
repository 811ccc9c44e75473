package nc.provincenord.pilotage.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

  private static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");

  @Test
  void eventsAreInNoumeaTimeWithEscapedFrenchTextAndFoldedLines() {
    ZonedDateTime start = ZonedDateTime.of(2026, 12, 4, 9, 0, 0, 0, NOUMEA);
    String agenda = "Ordre du jour :\n1. Portail, intranet ; 2. Formations à Koné — " + "é".repeat(60);
    String ics = IcsCalendar.publish("Réseau des référents", NOUMEA)
        .add(new IcsCalendar.Event("r-1@pilotage", start, start.plusHours(2), "Réunion des référents", "Koumac", agenda, null))
        .render(Instant.parse("2026-12-01T00:00:00Z"));

    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
        .contains("TZID:Pacific/Noumea\r\n", "TZOFFSETTO:+1100\r\n",
            "DTSTART;TZID=Pacific/Noumea:20261204T090000\r\n", "DTEND;TZID=Pacific/Noumea:20261204T110000\r\n",
            "DTSTAMP:20261201T000000Z\r\n", "LOCATION;LANGUAGE=fr:Koumac\r\n");
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).contains("DESCRIPTION;LANGUAGE=fr:Ordre du jour :\\n1. Portail\\, intranet \\; 2. Formations à Koné");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
  }
}
