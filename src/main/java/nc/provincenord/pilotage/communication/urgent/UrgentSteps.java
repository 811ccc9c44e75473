package nc.provincenord.pilotage.communication.urgent;

import java.util.Set;
import nc.provincenord.pilotage.communication.events.UrgentMessageClosed;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The recorded steps of an urgent message after its assignment ({@link OnDutyAssignment}): an
 * escalation, offered to everyone of the next level (a missing person replaced by the next level, see
 * {@link UrgentLevels}); and the closure, which tells the sender and the communication service what
 * was published, when, and how long the message waited.
 */
@Service
class UrgentSteps {

  private final UrgentMessageRepository repository;
  private final ApplicationEventPublisher events;

  UrgentSteps(UrgentMessageRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  /** {@code level}: {@link UrgentLevels#BACKUP} or {@link UrgentLevels#HEAD}. */
  void escalate(String processInstanceId, String level, UrgentEvents.Message message) {
    UrgentLevels levels = UrgentRecord.levels(repository, processInstanceId);
    Set<String> users = switch (level) {
      case UrgentLevels.BACKUP -> levels.backupCandidates();
      case UrgentLevels.HEAD -> levels.headCandidates();
      default -> throw new IllegalArgumentException("Un message urgent ne s'escalade qu'au niveau BACKUP ou "
          + "HEAD_OF_COMMUNICATION (reçu : " + level + ").");
    };
    repository.recordEscalation(processInstanceId, level);
    events.publishEvent(UrgentEvents.assigned(processInstanceId, level, users, message, repository));
  }

  /** The message as the process holds it at its closure, and who closes it. */
  record Closing(String title, String agent, String sender, String closedBy) {
  }

  void close(String processInstanceId, UrgentForm.Publication publication, Closing closing) {
    repository.recordClosed(processInstanceId, publication, closing.closedBy());
    var timeline = repository.timeline(processInstanceId);
    events.publishEvent(new UrgentMessageClosed(processInstanceId, closing.title(), closing.agent(),
        timeline.map(UrgentMessageRepository.Timeline::receivedAt).orElse(null),
        timeline.map(UrgentMessageRepository.Timeline::takenAt).orElse(null),
        publication.publishedAt(), UrgentForm.codes(publication.channels()),
        Recipients.users(closing.sender()).andGroup(Role.COMMUNICATION.groupId())));
  }
}
