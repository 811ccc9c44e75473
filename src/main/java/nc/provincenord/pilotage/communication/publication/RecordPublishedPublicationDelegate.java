package nc.provincenord.pilotage.communication.publication;

import java.time.OffsetDateTime;
import nc.provincenord.pilotage.communication.events.PublicationPublished;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records the published address; the requester is asked to check it. */
@Component
class RecordPublishedPublicationDelegate implements JavaDelegate {

  private final PublicationRepository repository;
  private final ApplicationEventPublisher events;

  RecordPublishedPublicationDelegate(PublicationRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // what the review and the approval saw, whatever this step's form sent
    repository.content(execution.getProcessInstanceId()).ifPresent(recorded -> PublicationForm.show(execution, recorded));
    String url = PublicationVariables.PUBLISHED_URL.get(execution);
    String publisher = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
    OffsetDateTime at = repository.recordPublished(execution.getProcessInstanceId(), url,
        PublicationVariables.PUBLISH_COMMENT.get(execution), publisher);
    PublicationVariables.CHECK_RESULT.set(execution, null);
    events.publishEvent(new PublicationPublished(execution.getProcessInstanceId(), PublicationVariables.TITLE.get(execution),
        url, publisher, at, Recipients.users(PublicationVariables.REQUESTER.get(execution))));
  }
}
