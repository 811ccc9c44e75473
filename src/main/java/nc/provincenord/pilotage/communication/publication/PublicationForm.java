package nc.provincenord.pilotage.communication.publication;

import static nc.provincenord.pilotage.communication.publication.PublicationVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nc.provincenord.pilotage.process.FormCheck;
import nc.provincenord.pilotage.process.CurrentUser;
import nc.provincenord.pilotage.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The server-side rules of the publication forms. */
final class PublicationForm {

  static final int TITLE_MAX = 150;
  /** What a String variable holds (see {@link ProcessVariable#TEXT_MAX}); the form says the same. */
  static final int TEXT_MAX = ProcessVariable.TEXT_MAX;
  static final int AUDIENCE_MAX = 300;
  static final int LINKS_MAX = 4000;
  static final int COMMENT_MAX = 2000;

  private PublicationForm() {
  }

  /** Who acts on which request, as the process holds it: for {@link PublicationSteps}. */
  static PublicationSteps.Step step(DelegateExecution execution) {
    return new PublicationSteps.Step(execution.getProcessInstanceId(), TITLE.get(execution), REQUESTER.get(execution),
        CurrentUser.id(execution.getProcessEngineServices()).orElse(null));
  }

  /** Validates a submission or a revision, stores the cleaned values and the decision inputs back. */
  static PublicationRequest request(VariableScope scope, LocalDate today) {
    FormCheck form = FormCheck.of(scope);
    String title = form.requiredLine(TITLE, "Titre", TITLE_MAX);
    String text = form.requiredText(TEXT, "Texte à publier", TEXT_MAX);
    Set<PublicationChannel> channels = form.requiredChoices(CHANNELS, "Canaux de publication", PublicationChannel.class);
    String audience = form.requiredLine(AUDIENCE, "Public visé", AUDIENCE_MAX);
    boolean engagesPolicy = form.flag(ENGAGES_POLICY, "Le contenu engage la politique de la Province");
    LocalDate desiredDate = form.requiredDate(DESIRED_DATE, "Date de publication souhaitée");
    if (desiredDate.isBefore(today)) {
      throw FormCheck.invalid(DESIRED_DATE, "La date de publication souhaitée (" + french(desiredDate)
          + ") est passée : choisissez aujourd'hui ou une date future.");
    }
    List<String> links = form.optionalHttpUrls(MEDIA_LINKS, "Liens vers les médias", LINKS_MAX);
    PublicationRequest request = new PublicationRequest(title, text, channels, audience, engagesPolicy, desiredDate, links);

    show(scope, request);
    return request;
  }

  /**
   * Puts the content as recorded back into the variables that the later forms show and the
   * decision reads: what was reviewed and approved is what is published, whatever a later form sent.
   */
  static void show(VariableScope scope, PublicationRequest request) {
    TITLE.set(scope, request.title());
    TEXT.set(scope, request.text());
    CHANNELS.set(scope, request.channels().stream().map(Enum::name).toList());
    AUDIENCE.set(scope, request.audience());
    ENGAGES_POLICY.set(scope, request.engagesPolicy());
    DESIRED_DATE.set(scope, request.desiredDate().toString());
    MEDIA_LINKS.set(scope, request.mediaLinks().isEmpty() ? null : String.join("\n", request.mediaLinks()));
    ON_WEBSITE.set(scope, request.channels().contains(PublicationChannel.WEBSITE));
    ON_INTRANET.set(scope, request.channels().contains(PublicationChannel.INTRANET));
    ON_SOCIAL_NETWORKS.set(scope, request.channels().contains(PublicationChannel.SOCIAL_NETWORKS));
  }

  /** A request for changes or a refusal must say why. */
  static ReviewDecision review(VariableScope scope) {
    FormCheck form = FormCheck.of(scope);
    ReviewDecision decision = form.requiredChoice(REVIEW_DECISION, "Décision", ReviewDecision.class);
    String comment = form.textRequiredWhen(decision != ReviewDecision.ACCEPT, REVIEW_COMMENT, "Commentaire", COMMENT_MAX,
        decision == ReviewDecision.REVISE ? "Indiquez au demandeur les modifications attendues" : "Un refus doit être motivé");
    REVIEW_DECISION.set(scope, decision.name());
    REVIEW_COMMENT.set(scope, comment);
    return decision;
  }

  static ApprovalDecision approval(VariableScope scope) {
    FormCheck form = FormCheck.of(scope);
    ApprovalDecision decision = form.requiredChoice(APPROVAL_DECISION, "Décision", ApprovalDecision.class);
    String comment = form.textRequiredWhen(decision == ApprovalDecision.REJECT, APPROVAL_COMMENT, "Commentaire", COMMENT_MAX,
        "Un refus de validation doit être motivé");
    APPROVAL_DECISION.set(scope, decision.name());
    APPROVAL_COMMENT.set(scope, comment);
    return decision;
  }

  static String publication(VariableScope scope) {
    FormCheck form = FormCheck.of(scope);
    String url = form.requiredHttpUrl(PUBLISHED_URL, "Adresse de la publication");
    PUBLISHED_URL.set(scope, url);
    PUBLISH_COMMENT.set(scope, form.optionalText(PUBLISH_COMMENT, "Commentaire", COMMENT_MAX));
    return url;
  }

  static CheckResult check(VariableScope scope) {
    FormCheck form = FormCheck.of(scope);
    CheckResult result = form.requiredChoice(CHECK_RESULT, "Vérification", CheckResult.class);
    String comment = form.textRequiredWhen(result == CheckResult.PROBLEM, CHECK_COMMENT, "Description du problème",
        COMMENT_MAX, "Décrivez le problème constaté");
    CHECK_RESULT.set(scope, result.name());
    CHECK_COMMENT.set(scope, comment);
    return result;
  }

  static String french(LocalDate date) {
    return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
