package nc.provincenord.pilotage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import nc.provincenord.pilotage.notification.MailAttachment;
import nc.provincenord.pilotage.reference.CommuneRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/**
 * The référents' invitation as an {@code .ics}, without the application: Nouméa time, the meeting's title, its
 * place's French name and its agenda escaped. That the invitation task's mail carries it through the outbox and
 * the dispatcher is shown on the whole application by {@link ReferentMeetingRestTest}.
 */
class MeetingInvitationCalendarTest {

  private static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");

  private final Map<String, Object> variables = new HashMap<>();
  private final MeetingInvitationCalendar calendar = new MeetingInvitationCalendar(places(), Clock.system(NOUMEA));

  @Test
  void theInvitationCarriesTheMeetingInNoumeaTime() {
    OffsetDateTime startsAt = OffsetDateTime.now(NOUMEA).plusDays(9).withHour(9).withMinute(30).withSecond(0).withNano(0);
    variables.put(MeetingVariables.TITLE.name(), "Réunion des référents — portail");
    variables.put(MeetingVariables.STARTS_AT.name(), startsAt.toString());
    variables.put(MeetingVariables.PLACE.name(), "98812");
    variables.put(MeetingVariables.AGENDA.name(), "Portail, intranet ; formations");

    MailAttachment attachment = calendar.forTask(task(MeetingInvitationCalendar.INVITATION_TASK)).orElseThrow();

    assertThat(attachment.fileName()).isEqualTo("reunion-referents.ics");
    assertThat(attachment.contentType()).startsWith("text/calendar");
    assertThat(attachment.content().replace("\r\n ", "")).contains(
        "DTSTART;TZID=Pacific/Noumea:" + startsAt.format(DateTimeFormatter.ofPattern("yyyyMMdd")) + "T093000",
        "SUMMARY;LANGUAGE=fr:Réunion des référents : Réunion des référents — portail", "LOCATION;LANGUAGE=fr:Koumac",
        "Ordre du jour :\\nPortail\\, intranet \\; formations");
  }

  @Test
  void anyOtherTaskHasNoAttachment() {
    variables.put(MeetingVariables.STARTS_AT.name(), OffsetDateTime.now(NOUMEA).toString());

    assertThat(calendar.forTask(task("Task_WriteMinutes"))).isEmpty();
  }

  private DelegateTask task(String key) {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getTaskDefinitionKey()).thenReturn(key);
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    return task;
  }

  private static MeetingPlaces places() {
    CommuneRepository communes = mock(CommuneRepository.class);
    when(communes.namesByInseeCode()).thenReturn(Map.of("98811", "Koné", "98812", "Koumac"));
    return new MeetingPlaces(communes);
  }
}
