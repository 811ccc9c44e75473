package nc.provincenord.pilotage.network;

import java.time.OffsetDateTime;
import java.util.List;
import nc.provincenord.pilotage.network.events.ReferentActionAssigned;
import nc.provincenord.pilotage.network.events.ReferentMeetingInvitation;
import nc.provincenord.pilotage.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The recorded steps of a référents meeting that tell people: the invitation, sent to the
 * {@code referents} group with the place in French (a commune's name, or the video call); and the
 * minutes, whose every action item is recorded and told to its owner.
 */
@Service
class MeetingSteps {

  private final MeetingRepository repository;
  private final MeetingPlaces places;
  private final ApplicationEventPublisher events;

  MeetingSteps(MeetingRepository repository, MeetingPlaces places, ApplicationEventPublisher events) {
    this.repository = repository;
    this.places = places;
    this.events = events;
  }

  /** The meeting as the process holds it; {@code place}: a commune's INSEE code or {@link MeetingPlaces#VIDEO_CALL}. */
  record Meeting(String title, OffsetDateTime startsAt, String place, String videoLink, String agenda, String organizer) {
  }

  void invite(String processInstanceId, Meeting meeting) {
    repository.recordInvited(processInstanceId);
    events.publishEvent(new ReferentMeetingInvitation(processInstanceId, meeting.title(), meeting.startsAt(),
        places.label(meeting.place()).orElse(meeting.place()), meeting.videoLink(), meeting.agenda(), meeting.organizer(),
        List.of(Role.REFERENTS.groupId())));
  }

  /** Records the minutes; returns the ids of the action items, in their order, each told to its owner. */
  List<String> recordMinutes(String processInstanceId, String title, String organizer, MeetingForm.Minutes minutes) {
    List<String> ids = repository.recordMinutes(processInstanceId, minutes.minutes(), minutes.attendees(), minutes.actions());
    for (int i = 0; i < ids.size(); i++) {
      ActionItem action = minutes.actions().get(i);
      events.publishEvent(new ReferentActionAssigned(processInstanceId, ids.get(i), title, action.what(), action.dueDate(),
          organizer, List.of(action.owner())));
    }
    return ids;
  }
}
