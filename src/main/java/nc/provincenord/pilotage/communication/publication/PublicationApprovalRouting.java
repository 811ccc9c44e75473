package nc.provincenord.pilotage.communication.publication;

import java.time.LocalDate;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.events.PublicationApprovalRequested;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The level {@code publication-approval} decided, recorded, and who validates at that level told:
 * nobody for {@code NONE}, the head of communication, or the steering committee. A level the
 * decision should never give stops the step with a French message (an incident, not a guess).
 */
@Service
class PublicationApprovalRouting {

  private final PublicationRepository repository;
  private final CommunicationSettings settings;
  private final ApplicationEventPublisher events;

  PublicationApprovalRouting(PublicationRepository repository, CommunicationSettings settings, ApplicationEventPublisher events) {
    this.repository = repository;
    this.settings = settings;
    this.events = events;
  }

  void route(String processInstanceId, String decidedLevel, String title, LocalDate desiredDate) {
    ApprovalLevel level = level(decidedLevel);
    repository.recordApprovalLevel(processInstanceId, level);
    Recipients validators = switch (level) {
      case NONE -> null;
      case HEAD_OF_COMMUNICATION -> Recipients.users(settings.getHeadUser());
      case STEERING_COMMITTEE -> Recipients.group(Role.STEERING_COMMITTEE.groupId());
    };
    if (validators != null) {
      events.publishEvent(new PublicationApprovalRequested(processInstanceId, title, level.name(), desiredDate, validators));
    }
  }

  private static ApprovalLevel level(String decided) {
    try {
      return ApprovalLevel.valueOf(decided);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw new IllegalStateException("La décision publication-approval a rendu un niveau inconnu : « " + decided
          + " » (attendu : NONE, HEAD_OF_COMMUNICATION ou STEERING_COMMITTEE).");
    }
  }
}
