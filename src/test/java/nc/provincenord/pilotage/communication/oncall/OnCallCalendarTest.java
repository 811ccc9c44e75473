package nc.provincenord.pilotage.communication.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /astreinte/calendrier.ics}: the logged-in agent's own weeks, Monday 00:00 Nouméa time, and nobody else's. */
class OnCallCalendarTest extends PilotageIntegrationTest {

  private static final DateTimeFormatter ICS_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  @Autowired
  OnCallRoster roster;

  @Test
  void theAgentOnDutyGetsHisWeeksAndTheBackupHers() {
    // The demo world plans "astreinte" on duty and "comm" as backup from this week on.
    LocalDate week = roster.currentWeek();
    HttpResponse<String> mine = loggedIn("astreinte").get("/astreinte/calendrier.ics");
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    assertThat(mine.headers().firstValue("Content-Disposition").orElse("")).contains("astreinte-astreinte.ics");
    String ics = mine.body();
    assertThat(ics).contains("BEGIN:VCALENDAR", "SUMMARY;LANGUAGE=fr:Astreinte communication\r\n",
        "DTSTART;TZID=Pacific/Noumea:" + ICS_DAY.format(week) + "T000000\r\n",
        "DTEND;TZID=Pacific/Noumea:" + ICS_DAY.format(week.plusWeeks(1)) + "T000000\r\n",
        "DESCRIPTION;LANGUAGE=fr:Vous êtes d'astreinte \\; suppléant : comm.");
    assertThat(ics).doesNotContain("Suppléance");

    String backup = loggedIn("comm").get("/astreinte/calendrier.ics").body();
    assertThat(backup).contains("SUMMARY;LANGUAGE=fr:Suppléance de l'astreinte communication", "Vous suppléez astreinte.")
        .doesNotContain("SUMMARY;LANGUAGE=fr:Astreinte communication\r\n");
  }

  @Test
  void whoIsNotInTheRosterGroupsIsRefused() {
    HttpResponse<String> refused = loggedIn("demandeur").get("/astreinte/calendrier.ics");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("BEGIN:VCALENDAR");
  }

  private WebSession loggedIn(String user) {
    WebSession session = new WebSession(port);
    session.login(user, DEMO_PASSWORD);
    return session;
  }
}
