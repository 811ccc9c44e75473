package nc.provincenord.pilotage.communication.publication;

import static nc.provincenord.pilotage.communication.publication.PublicationVariables.DESIRED_DATE;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.REQUESTER;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.TITLE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review is late: {@link PublicationReviewEscalation} escalates it and tells the head of communication. */
@Component
class EscalatePublicationReviewDelegate implements JavaDelegate {

  private final PublicationReviewEscalation escalation;

  EscalatePublicationReviewDelegate(PublicationReviewEscalation escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.escalate(execution.getProcessInstanceId(), new PublicationReviewEscalation.LateReview(TITLE.get(execution),
        REQUESTER.get(execution), LocalDate.parse(DESIRED_DATE.get(execution))));
  }
}
