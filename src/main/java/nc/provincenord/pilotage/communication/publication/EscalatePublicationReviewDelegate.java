package nc.provincenord.pilotage.communication.publication;

import java.time.LocalDate;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.events.PublicationReviewEscalated;
import nc.provincenord.pilotage.notification.Recipients;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The review is late (two working days): the head of communication becomes a candidate of
 * the open review task, which is raised to high priority, and is told.
 */
@Component
class EscalatePublicationReviewDelegate implements JavaDelegate {

  static final String REVIEW_TASK = "Task_ReviewPublication";
  static final int ESCALATED_PRIORITY = 80;

  private final PublicationRepository repository;
  private final CommunicationSettings settings;
  private final ApplicationEventPublisher events;

  EscalatePublicationReviewDelegate(PublicationRepository repository, CommunicationSettings settings,
                                    ApplicationEventPublisher events) {
    this.repository = repository;
    this.settings = settings;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    String head = settings.getHeadUser();
    for (Task review : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(REVIEW_TASK).list()) {
      tasks.addCandidateUser(review.getId(), head);
      tasks.setPriority(review.getId(), ESCALATED_PRIORITY);
    }
    repository.recordReviewEscalation(execution.getProcessInstanceId());
    var recorded = repository.find(execution.getProcessInstanceId());
    events.publishEvent(new PublicationReviewEscalated(execution.getProcessInstanceId(),
        PublicationVariables.TITLE.get(execution),
        recorded.map(PublicationRepository.RecordedPublication::revisionCount).orElse(0),
        PublicationVariables.REQUESTER.get(execution),
        recorded.map(PublicationRepository.RecordedPublication::requestedAt).orElse(null),
        LocalDate.parse(PublicationVariables.DESIRED_DATE.get(execution)), Recipients.users(head)));
  }
}
