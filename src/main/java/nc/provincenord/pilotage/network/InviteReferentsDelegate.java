package nc.provincenord.pilotage.network;

import static nc.provincenord.pilotage.network.MeetingVariables.*;

import java.time.OffsetDateTime;
import java.util.List;
import nc.provincenord.pilotage.network.events.ReferentMeetingInvitation;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Invites the {@code referents} group: the invitation event (for mails) and, next in the model, their Tasklist task. */
@Component
class InviteReferentsDelegate implements JavaDelegate {

  private final MeetingRepository repository;
  private final ApplicationEventPublisher events;
  private final MeetingPlaces places;

  InviteReferentsDelegate(MeetingRepository repository, ApplicationEventPublisher events, MeetingPlaces places) {
    this.repository = repository;
    this.events = events;
    this.places = places;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repository.recordInvited(execution.getProcessInstanceId());
    String place = places.label(PLACE.get(execution)).orElse(PLACE.get(execution));
    events.publishEvent(new ReferentMeetingInvitation(execution.getProcessInstanceId(), TITLE.get(execution),
        OffsetDateTime.parse(STARTS_AT.get(execution)), place, VIDEO_LINK.get(execution), AGENDA.get(execution),
        ORGANIZER.get(execution), List.of(Role.REFERENTS.groupId())));
  }
}
