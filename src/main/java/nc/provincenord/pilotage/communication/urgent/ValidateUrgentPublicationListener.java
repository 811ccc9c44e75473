package nc.provincenord.pilotage.communication.urgent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Duration;
import nc.provincenord.pilotage.process.FormCheck;
import nc.provincenord.pilotage.process.TaskFormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What was published, and when: not in the future, and not before the message was received. */
@Component
class ValidateUrgentPublicationListener extends TaskFormValidation {

  static final Duration SLACK = Duration.ofMinutes(15);

  private final Clock clock;
  private final UrgentMessageRepository repository;

  ValidateUrgentPublicationListener(Clock clock, UrgentMessageRepository repository) {
    this.clock = clock;
    this.repository = repository;
  }

  @Override
  protected void validate(DelegateExecution execution) {
    UrgentForm.Publication publication = UrgentForm.publication(execution, clock);
    OffsetDateTime received = repository.timeline(execution.getProcessInstanceId())
        .map(UrgentMessageRepository.Timeline::receivedAt).orElse(null);
    // a quarter of an hour of slack: times typed to the minute, another system's clock
    if (received != null && publication.publishedAt().isBefore(received.minus(SLACK))) {
      throw FormCheck.invalid(UrgentVariables.PUBLISHED_AT,
          "L'heure de publication ne peut pas précéder la réception du message urgent : indiquez quand il a été publié.");
    }
  }
}
