package nc.provincenord.pilotage.communication.urgent;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.events.OnCallRosterGap;
import nc.provincenord.pilotage.communication.oncall.OnCallRoster;
import nc.provincenord.pilotage.communication.oncall.OnCallWeek;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Who may take an urgent message at each escalation level: who is on duty now in the roster,
 * the backup, then the head of communication. A week without anyone on duty sends the message
 * straight to the backup (or the head) and tells the communication service the roster has a gap.
 * The level on duty is offered the message.
 */
@Service
class OnDutyAssignment {

  private final OnCallRoster roster;
  private final CommunicationSettings settings;
  private final UrgentMessageRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OnDutyAssignment(OnCallRoster roster, CommunicationSettings settings, UrgentMessageRepository repository,
                   ApplicationEventPublisher events, Clock clock) {
    this.roster = roster;
    this.settings = settings;
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  /** Records the levels of the message and offers it to the level on duty. */
  void assign(String processInstanceId, UrgentEvents.Message message) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    Optional<OnCallWeek> week = roster.coverage(now);
    String onDuty = week.map(OnCallWeek::onDutyUser).orElse(null);
    String backup = week.map(OnCallWeek::backupUser).orElse(null);
    repository.recordAssignment(processInstanceId, onDuty, backup, settings.getHeadUser(), onDuty == null);
    if (onDuty == null) {
      events.publishEvent(new OnCallRosterGap(processInstanceId, OnCallRoster.weekOf(now.toLocalDate()), message.title(),
          Recipients.group(Role.COMMUNICATION.groupId())));
    }
    UrgentLevels levels = new UrgentLevels(onDuty, backup, settings.getHeadUser());
    events.publishEvent(UrgentEvents.assigned(processInstanceId, UrgentLevels.ON_DUTY, levels.onDutyCandidates(), message,
        repository));
  }
}
