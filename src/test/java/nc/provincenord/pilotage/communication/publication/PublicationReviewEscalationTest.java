package nc.provincenord.pilotage.communication.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.events.PublicationReviewEscalated;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** A late review goes to the head of communication too, at high priority, and the head is told which version. */
class PublicationReviewEscalationTest {

  static final String ID = "pi-7";

  final PublicationRepository repository = mock(PublicationRepository.class);
  final TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
  final List<Object> events = new ArrayList<>();
  final PublicationReviewEscalation escalation = new PublicationReviewEscalation(repository,
      new CommunicationSettings("chef.comm"), tasks, events::add);

  @Test
  void theHeadBecomesACandidateOfTheReviewAndIsToldOfTheVersionAndItsDates() {
    Task review = mock(Task.class);
    when(review.getId()).thenReturn("task-1");
    when(tasks.createTaskQuery().processInstanceId(ID).taskDefinitionKey(PublicationReviewEscalation.REVIEW_TASK).list())
        .thenReturn(List.of(review));
    OffsetDateTime requestedAt = OffsetDateTime.parse("2026-04-27T08:00:00+11:00");
    when(repository.find(ID)).thenReturn(Optional.of(new PublicationRepository.RecordedPublication("Fête de l'igname", "WEBSITE",
        LocalDate.of(2026, 5, 4), "demandeur", requestedAt, "REVIEW", 1, null, null, null, null, null, null)));

    escalation.escalate(ID, new PublicationReviewEscalation.LateReview("Fête de l'igname", "demandeur", LocalDate.of(2026, 5, 4)));

    verify(tasks).addCandidateUser("task-1", "chef.comm");
    verify(tasks).setPriority("task-1", PublicationReviewEscalation.ESCALATED_PRIORITY);
    verify(repository).recordReviewEscalation(ID);
    assertThat(events).singleElement().isInstanceOfSatisfying(PublicationReviewEscalated.class, told -> {
      assertThat(told.revision()).isEqualTo(1);
      assertThat(told.requestedBy()).isEqualTo("demandeur");
      assertThat(told.requestedAt()).isEqualTo(requestedAt);
      assertThat(told.desiredDate()).isEqualTo(LocalDate.of(2026, 5, 4));
      assertThat(told.recipients().userIds()).containsExactly("chef.comm");
    });
  }
}
