package nc.provincenord.pilotage.communication.publication;

import nc.provincenord.pilotage.communication.events.PublicationRefused;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.APPROVAL_COMMENT;
import static nc.provincenord.pilotage.communication.publication.PublicationVariables.APPROVAL_DECISION;

@Component
class RecordPublicationApprovalDelegate implements JavaDelegate {

  private final PublicationRepository repository;
  private final ApplicationEventPublisher events;

  RecordPublicationApprovalDelegate(PublicationRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // what the review and the approval saw, whatever this step's form sent
    repository.content(execution.getProcessInstanceId()).ifPresent(recorded -> PublicationForm.show(execution, recorded));
    ApprovalDecision decision = ApprovalDecision.valueOf(APPROVAL_DECISION.get(execution));
    String validator = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
    repository.recordApproval(execution.getProcessInstanceId(), decision, APPROVAL_COMMENT.get(execution), validator);
    if (decision == ApprovalDecision.REJECT) {
      events.publishEvent(new PublicationRefused(execution.getProcessInstanceId(), PublicationVariables.TITLE.get(execution),
          PublicationRefused.STAGE_APPROVAL, APPROVAL_COMMENT.get(execution), validator,
          Recipients.users(PublicationVariables.REQUESTER.get(execution))));
    }
  }
}
