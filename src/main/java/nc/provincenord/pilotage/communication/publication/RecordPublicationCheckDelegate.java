package nc.provincenord.pilotage.communication.publication;

import static nc.provincenord.pilotage.communication.publication.PublicationVariables.CHECK_COMMENT;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.CHECK_RESULT;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.PUBLISHED_URL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the requester's check ({@link PublicationSteps#check}); the content as recorded is shown again. */
@Component
class RecordPublicationCheckDelegate implements JavaDelegate {

  private final PublicationSteps steps;

  RecordPublicationCheckDelegate(PublicationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.check(PublicationForm.step(execution), CheckResult.valueOf(CHECK_RESULT.get(execution)), CHECK_COMMENT.get(execution),
        PUBLISHED_URL.get(execution)).ifPresent(recorded -> PublicationForm.show(execution, recorded));
  }
}
