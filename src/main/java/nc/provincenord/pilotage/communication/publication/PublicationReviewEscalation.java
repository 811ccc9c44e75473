package nc.provincenord.pilotage.communication.publication;

import java.time.LocalDate;
import java.util.Optional;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.events.PublicationReviewEscalated;
import nc.provincenord.pilotage.communication.publication.PublicationRepository.RecordedPublication;
import nc.provincenord.pilotage.notification.Recipients;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A late review (two working days): the head of communication becomes a candidate of the open
 * review task, which is raised to high priority, the escalation is recorded, and the head is told
 * (with the version under review and when the request came).
 */
@Service
class PublicationReviewEscalation {

  static final String REVIEW_TASK = "Task_ReviewPublication";
  static final int ESCALATED_PRIORITY = 80;

  private final PublicationRepository repository;
  private final CommunicationSettings settings;
  private final TaskService tasks;
  private final ApplicationEventPublisher events;

  PublicationReviewEscalation(PublicationRepository repository, CommunicationSettings settings, TaskService tasks,
                              ApplicationEventPublisher events) {
    this.repository = repository;
    this.settings = settings;
    this.tasks = tasks;
    this.events = events;
  }

  /** The request as the process holds it: its title, requester and desired date. */
  record LateReview(String title, String requester, LocalDate desiredDate) {
  }

  void escalate(String processInstanceId, LateReview late) {
    String head = settings.getHeadUser();
    for (Task review : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(REVIEW_TASK).list()) {
      tasks.addCandidateUser(review.getId(), head);
      tasks.setPriority(review.getId(), ESCALATED_PRIORITY);
    }
    repository.recordReviewEscalation(processInstanceId);
    Optional<RecordedPublication> recorded = repository.find(processInstanceId);
    events.publishEvent(new PublicationReviewEscalated(processInstanceId, late.title(),
        recorded.map(RecordedPublication::revisionCount).orElse(0), late.requester(),
        recorded.map(RecordedPublication::requestedAt).orElse(null), late.desiredDate(), Recipients.users(head)));
  }
}
