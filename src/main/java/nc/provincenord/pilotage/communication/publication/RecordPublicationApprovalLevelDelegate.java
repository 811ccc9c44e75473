package nc.provincenord.pilotage.communication.publication;

import java.time.LocalDate;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.events.PublicationApprovalRequested;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records the level chosen by {@code publication-approval}; the validator, if any, is told. */
@Component
class RecordPublicationApprovalLevelDelegate implements JavaDelegate {

  private final PublicationRepository repository;
  private final CommunicationSettings settings;
  private final ApplicationEventPublisher events;

  RecordPublicationApprovalLevelDelegate(PublicationRepository repository, CommunicationSettings settings,
                                         ApplicationEventPublisher events) {
    this.repository = repository;
    this.settings = settings;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String raw = PublicationVariables.APPROVAL_LEVEL.get(execution);
    ApprovalLevel level;
    try {
      level = ApprovalLevel.valueOf(raw);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw new IllegalStateException("La décision publication-approval a rendu un niveau inconnu : « " + raw
          + " » (attendu : NONE, HEAD_OF_COMMUNICATION ou STEERING_COMMITTEE).");
    }
    repository.recordApprovalLevel(execution.getProcessInstanceId(), level);
    Recipients validators = switch (level) {
      case NONE -> null;
      case HEAD_OF_COMMUNICATION -> Recipients.users(settings.getHeadUser());
      case STEERING_COMMITTEE -> Recipients.group(Role.STEERING_COMMITTEE.groupId());
    };
    if (validators != null) {
      events.publishEvent(new PublicationApprovalRequested(execution.getProcessInstanceId(),
          PublicationVariables.TITLE.get(execution), level.name(),
          LocalDate.parse(PublicationVariables.DESIRED_DATE.get(execution)), validators));
    }
  }
}
