package nc.provincenord.pilotage.communication.publication;

import nc.provincenord.pilotage.communication.events.PublicationChangesRequested;
import nc.provincenord.pilotage.communication.events.PublicationRefused;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.REQUESTER;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.REVIEW_COMMENT;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.REVIEW_DECISION;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.TITLE;

/** Records the editorial review; the requester is told of a request for changes or a refusal. */
@Component
class RecordPublicationReviewDelegate implements JavaDelegate {

  private final PublicationRepository repository;
  private final ApplicationEventPublisher events;

  RecordPublicationReviewDelegate(PublicationRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // what the review and the approval saw, whatever this step's form sent
    repository.content(execution.getProcessInstanceId()).ifPresent(recorded -> PublicationForm.show(execution, recorded));
    ReviewDecision decision = ReviewDecision.valueOf(REVIEW_DECISION.get(execution));
    String comment = REVIEW_COMMENT.get(execution);
    String reviewer = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
    repository.recordReview(execution.getProcessInstanceId(), decision, comment, reviewer);
    Recipients requester = Recipients.users(REQUESTER.get(execution));
    switch (decision) {
      case REVISE -> events.publishEvent(new PublicationChangesRequested(execution.getProcessInstanceId(), TITLE.get(execution),
          comment, reviewer, requester));
      case REFUSE -> events.publishEvent(new PublicationRefused(execution.getProcessInstanceId(), TITLE.get(execution),
          PublicationRefused.STAGE_REVIEW, comment, reviewer, requester));
      case ACCEPT -> { }
    }
  }
}
