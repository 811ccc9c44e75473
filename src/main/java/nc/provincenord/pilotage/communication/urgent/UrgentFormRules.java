package nc.provincenord.pilotage.communication.urgent;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import nc.provincenord.pilotage.process.FormCheck;
import nc.provincenord.pilotage.process.FormRule;
import nc.provincenord.pilotage.process.FormRules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The rules of the urgent communication's forms. */
@Component
class UrgentFormRules implements FormRules {

  /** Times are typed to the minute, sometimes from another system's clock. */
  static final Duration SLACK = Duration.ofMinutes(15);

  private final Clock clock;
  private final UrgentMessageRepository repository;

  UrgentFormRules(Clock clock) {
    this(clock, null);
  }

  @Autowired
  UrgentFormRules(Clock clock, UrgentMessageRepository repository) {
    this.clock = clock;
    this.repository = repository;
  }

  /** What was published: not in the future (UrgentForm), and not before the message was received. */
  private void publication(DelegateExecution execution) {
    UrgentForm.Publication publication = UrgentForm.publication(execution, clock);
    OffsetDateTime received = repository == null ? null : repository.timeline(execution.getProcessInstanceId())
        .map(UrgentMessageRepository.Timeline::receivedAt).orElse(null);
    if (received != null && publication.publishedAt().isBefore(received.minus(SLACK))) {
      throw FormCheck.invalid(UrgentVariables.PUBLISHED_AT,
          "L'heure de publication ne peut pas précéder la réception du message urgent : indiquez quand il a été publié.");
    }
  }

  @Override
  public Map<String, FormRule> byFormId() {
    return Map.of(
        "urgent-communication-start", UrgentForm::start,
        // Taking the message submits no field of its own; its fields are checked again with the
        // rules of the start form.
        "urgent-communication-take", UrgentForm::start,
        "urgent-communication-publish", this::publication);
  }
}
