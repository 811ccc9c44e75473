package nc.provincenord.pilotage.communication.publication;

import nc.provincenord.pilotage.communication.events.PublicationProblemReported;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.process.CurrentUser;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records the requester's check; a problem goes back to the communication service. */
@Component
class RecordPublicationCheckDelegate implements JavaDelegate {

  private final PublicationRepository repository;
  private final ApplicationEventPublisher events;

  RecordPublicationCheckDelegate(PublicationRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // what the review and the approval saw, whatever this step's form sent
    repository.content(execution.getProcessInstanceId()).ifPresent(recorded -> PublicationForm.show(execution, recorded));
    CheckResult result = CheckResult.valueOf(PublicationVariables.CHECK_RESULT.get(execution));
    String comment = PublicationVariables.CHECK_COMMENT.get(execution);
    String checker = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
    repository.recordCheck(execution.getProcessInstanceId(), result, comment, checker);
    if (result == CheckResult.PROBLEM) {
      events.publishEvent(new PublicationProblemReported(execution.getProcessInstanceId(),
          PublicationVariables.TITLE.get(execution), PublicationVariables.PUBLISHED_URL.get(execution), comment, checker,
          Recipients.group(Role.COMMUNICATION.groupId())));
    }
  }
}
