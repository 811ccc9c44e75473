package nc.provincenord.pilotage.communication.publication;

import static nc.provincenord.pilotage.communication.publication.PublicationVariables.REVIEW_COMMENT;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the editorial review ({@link PublicationSteps#review}); the content as recorded is shown again. */
@Component
class RecordPublicationReviewDelegate implements JavaDelegate {

  private final PublicationSteps steps;

  RecordPublicationReviewDelegate(PublicationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.review(PublicationForm.step(execution), ReviewDecision.valueOf(REVIEW_DECISION.get(execution)),
        REVIEW_COMMENT.get(execution)).ifPresent(recorded -> PublicationForm.show(execution, recorded));
  }
}
