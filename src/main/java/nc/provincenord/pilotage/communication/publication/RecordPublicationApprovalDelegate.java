package nc.provincenord.pilotage.communication.publication;

import static nc.provincenord.pilotage.communication.publication.PublicationVariables.APPROVAL_COMMENT;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.APPROVAL_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the approval ({@link PublicationSteps#approve}); the content as recorded is shown again. */
@Component
class RecordPublicationApprovalDelegate implements JavaDelegate {

  private final PublicationSteps steps;

  RecordPublicationApprovalDelegate(PublicationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.approve(PublicationForm.step(execution), ApprovalDecision.valueOf(APPROVAL_DECISION.get(execution)),
        APPROVAL_COMMENT.get(execution)).ifPresent(recorded -> PublicationForm.show(execution, recorded));
  }
}
