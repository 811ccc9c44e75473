package nc.provincenord.pilotage.communication.urgent;

import java.time.Clock;
import nc.provincenord.pilotage.communication.events.UrgentMessageClosed;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.process.CurrentUser;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records what was published and when, closes the message; the service and the sender are told. */
@Component
class CloseUrgentMessageDelegate implements JavaDelegate {

  private final UrgentMessageRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CloseUrgentMessageDelegate(UrgentMessageRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UrgentForm.Publication publication = UrgentForm.publication(execution, clock);
    String closer = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
    repository.recordClosed(execution.getProcessInstanceId(), publication, closer);
    var timeline = repository.timeline(execution.getProcessInstanceId());
    events.publishEvent(new UrgentMessageClosed(execution.getProcessInstanceId(), UrgentVariables.TITLE.get(execution),
        UrgentVariables.AGENT.get(execution),
        timeline.map(UrgentMessageRepository.Timeline::receivedAt).orElse(null),
        timeline.map(UrgentMessageRepository.Timeline::takenAt).orElse(null),
        publication.publishedAt(), UrgentForm.codes(publication.channels()),
        Recipients.users(UrgentVariables.STARTED_BY.get(execution)).andGroup(Role.COMMUNICATION.groupId())));
  }
}
