package nc.provincenord.pilotage.communication.urgent;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.events.OnCallRosterGap;
import nc.provincenord.pilotage.communication.oncall.OnCallRoster;
import nc.provincenord.pilotage.communication.oncall.OnCallWeek;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.*;

/**
 * Finds who is on duty now in the roster and records who may take the message at each escalation
 * level (the "take" tasks read them back through {@code urgentRecord}).
 * A week without anyone on duty sends the message straight to the backup (or the head) and
 * tells the communication service that the roster has a gap.
 */
@Component
class AssignOnDutyAgentDelegate implements JavaDelegate {

  private final OnCallRoster roster;
  private final CommunicationSettings settings;
  private final UrgentMessageRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AssignOnDutyAgentDelegate(OnCallRoster roster, CommunicationSettings settings, UrgentMessageRepository repository,
                            ApplicationEventPublisher events, Clock clock) {
    this.roster = roster;
    this.settings = settings;
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    Optional<OnCallWeek> week = roster.coverage(now);
    String onDuty = week.map(OnCallWeek::onDutyUser).orElse(null);
    String backup = week.map(OnCallWeek::backupUser).orElse(null);
    UrgentLevels levels = new UrgentLevels(onDuty, backup, settings.getHeadUser());
    repository.recordAssignment(execution.getProcessInstanceId(), onDuty, backup, settings.getHeadUser(), onDuty == null);

    if (onDuty == null) {
      events.publishEvent(new OnCallRosterGap(execution.getProcessInstanceId(), OnCallRoster.weekOf(now.toLocalDate()),
          TITLE.get(execution), Recipients.group(Role.COMMUNICATION.groupId())));
    }
    events.publishEvent(UrgentEvents.assigned(execution, UrgentLevels.ON_DUTY, List.copyOf(levels.onDutyCandidates()),
        repository));
  }
}
