package nc.provincenord.pilotage.communication.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nc.provincenord.pilotage.process.FormRule;
import nc.provincenord.pilotage.process.FormRules;
import org.springframework.stereotype.Component;

/** The rules of the publication request's forms. */
@Component
class PublicationFormRules implements FormRules {

  private final Clock clock;

  PublicationFormRules(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Map<String, FormRule> byFormId() {
    return Map.of(
        "publication-request-submit", execution -> PublicationForm.request(execution, LocalDate.now(clock)),
        // The revision is checked with the same rules as the submission.
        "publication-request-revise", execution -> PublicationForm.request(execution, LocalDate.now(clock)),
        "publication-request-review", PublicationForm::review,
        "publication-request-approve", PublicationForm::approval,
        "publication-request-publish", PublicationForm::publication,
        "publication-request-check", PublicationForm::check);
  }
}
