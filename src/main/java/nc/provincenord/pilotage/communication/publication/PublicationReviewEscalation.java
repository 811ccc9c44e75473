package nc.provincenord.pilotage.communication.publication;

import java.util.Optional;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.publication.PublicationRepository.RecordedPublication;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * A late review (two working days): the head of communication becomes a candidate of the open
 * review task, which is raised to high priority, and the escalation is recorded.
 */
@Service
class PublicationReviewEscalation {

  static final String REVIEW_TASK = "Task_ReviewPublication";
  static final int ESCALATED_PRIORITY = 80;

  private final PublicationRepository repository;
  private final CommunicationSettings settings;
  private final TaskService tasks;

  PublicationReviewEscalation(PublicationRepository repository, CommunicationSettings settings, TaskService tasks) {
    this.repository = repository;
    this.settings = settings;
    this.tasks = tasks;
  }

  /** Escalates the review of this request; returns the head of communication, who must be told. */
  String escalate(String processInstanceId) {
    String head = settings.getHeadUser();
    for (Task review : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(REVIEW_TASK).list()) {
      tasks.addCandidateUser(review.getId(), head);
      tasks.setPriority(review.getId(), ESCALATED_PRIORITY);
    }
    repository.recordReviewEscalation(processInstanceId);
    return head;
  }

  Optional<RecordedPublication> recorded(String processInstanceId) {
    return repository.find(processInstanceId);
  }
}
