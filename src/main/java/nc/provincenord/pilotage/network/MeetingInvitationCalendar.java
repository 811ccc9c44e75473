package nc.provincenord.pilotage.network;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import nc.provincenord.pilotage.calendar.IcsCalendar;
import nc.provincenord.pilotage.notification.MailAttachment;
import nc.provincenord.pilotage.notification.TaskMailAttachment;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.network.MeetingVariables.AGENDA;
import static nc.provincenord.pilotage.network.MeetingVariables.PLACE;
import static nc.provincenord.pilotage.network.MeetingVariables.STARTS_AT;
import static nc.provincenord.pilotage.network.MeetingVariables.TITLE;
import static nc.provincenord.pilotage.network.MeetingVariables.VIDEO_LINK;

/**
 * The référents' invitation mail (the mail of the task « Prendre connaissance de l'invitation… »)
 * carries the meeting as an {@code .ics}: date and time in Nouméa time, place, agenda, video link.
 * The form asks no end time: the event lasts {@link #MEETING_LENGTH}.
 */
@Component
class MeetingInvitationCalendar implements TaskMailAttachment {

  static final String INVITATION_TASK = "Task_ReadInvitation";
  static final Duration MEETING_LENGTH = Duration.ofHours(2);

  private final MeetingPlaces places;
  private final Clock clock;

  MeetingInvitationCalendar(MeetingPlaces places, Clock clock) {
    this.places = places;
    this.clock = clock;
  }

  @Override
  public Optional<MailAttachment> forTask(DelegateTask task) {
    if (!INVITATION_TASK.equals(task.getTaskDefinitionKey()) || STARTS_AT.get(task) == null) {
      return Optional.empty();
    }
    ZonedDateTime start = OffsetDateTime.parse(STARTS_AT.get(task)).atZoneSameInstant(clock.getZone());
    String place = places.label(PLACE.get(task)).orElse(PLACE.get(task));
    String video = VIDEO_LINK.get(task);
    String description = "Ordre du jour :\n" + AGENDA.get(task) + (video == null || video.isBlank() ? "" : "\n\nVisioconférence : " + video);
    return Optional.of(IcsCalendar.publish("Réseau des référents", clock.getZone())
        .add(new IcsCalendar.Event("referent-meeting-" + task.getProcessInstanceId() + "@pilotage.province-nord.nc", start,
            start.plus(MEETING_LENGTH), "Réunion des référents : " + TITLE.get(task), place, description, video))
        .attachment("reunion-referents.ics", clock.instant()));
  }
}
