package nc.provincenord.pilotage.communication.publication;

import static nc.provincenord.pilotage.communication.publication.PublicationVariables.CHECK_RESULT;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.PUBLISHED_URL;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.PUBLISH_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the published address ({@link PublicationSteps#publish}); the content as recorded is shown
 * again and the previous check is cleared for the requester's new one.
 */
@Component
class RecordPublishedPublicationDelegate implements JavaDelegate {

  private final PublicationSteps steps;

  RecordPublishedPublicationDelegate(PublicationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.publish(PublicationForm.step(execution), PUBLISHED_URL.get(execution), PUBLISH_COMMENT.get(execution))
        .ifPresent(recorded -> PublicationForm.show(execution, recorded));
    CHECK_RESULT.set(execution, null);
  }
}
