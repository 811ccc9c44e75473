package nc.provincenord.pilotage.communication.publication;

import java.time.LocalDate;
import java.util.Optional;
import nc.provincenord.pilotage.communication.events.PublicationReviewEscalated;
import nc.provincenord.pilotage.communication.publication.PublicationRepository.RecordedPublication;
import nc.provincenord.pilotage.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The review is late: escalates it ({@link PublicationReviewEscalation}) and tells the head of communication. */
@Component
class EscalatePublicationReviewDelegate implements JavaDelegate {

  private final PublicationReviewEscalation escalation;
  private final ApplicationEventPublisher events;

  EscalatePublicationReviewDelegate(PublicationReviewEscalation escalation, ApplicationEventPublisher events) {
    this.escalation = escalation;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String head = escalation.escalate(execution.getProcessInstanceId());
    Optional<RecordedPublication> recorded = escalation.recorded(execution.getProcessInstanceId());
    events.publishEvent(new PublicationReviewEscalated(execution.getProcessInstanceId(),
        PublicationVariables.TITLE.get(execution),
        recorded.map(RecordedPublication::revisionCount).orElse(0),
        PublicationVariables.REQUESTER.get(execution),
        recorded.map(RecordedPublication::requestedAt).orElse(null),
        LocalDate.parse(PublicationVariables.DESIRED_DATE.get(execution)), Recipients.users(head)));
  }
}
