package nc.provincenord.pilotage.watch;

import static nc.provincenord.pilotage.watch.WatchVariables.DECISION;
import static nc.provincenord.pilotage.watch.WatchVariables.DECISION_COMMENT;
import static nc.provincenord.pilotage.watch.WatchVariables.DOMAIN;
import static nc.provincenord.pilotage.watch.WatchVariables.RELEVANCE;
import static nc.provincenord.pilotage.watch.WatchVariables.SOURCE_URL;
import static nc.provincenord.pilotage.watch.WatchVariables.SUMMARY;
import static nc.provincenord.pilotage.watch.WatchVariables.TITLE;

import nc.provincenord.pilotage.process.FormCheck;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The server-side rules of the two technology-watch forms. */
final class WatchItemForm {

  static final int TITLE_MAX = 150;
  static final int SUMMARY_MAX = 4000;
  static final int RELEVANCE_MAX = 2000;
  static final int COMMENT_MAX = 2000;

  private WatchItemForm() {
  }

  /** Validates the submission and stores the trimmed values back. */
  static WatchItem submission(VariableScope scope) {
    FormCheck form = FormCheck.of(scope);
    WatchItem item = new WatchItem(
        form.requiredLine(TITLE, "Titre", TITLE_MAX),
        form.requiredText(SUMMARY, "Résumé", SUMMARY_MAX),
        form.requiredHttpUrl(SOURCE_URL, "Lien vers la source"),
        form.requiredChoice(DOMAIN, "Domaine", WatchDomain.class),
        form.requiredText(RELEVANCE, "Intérêt pour la Province", RELEVANCE_MAX));
    TITLE.set(scope, item.title());
    SUMMARY.set(scope, item.summary());
    SOURCE_URL.set(scope, item.sourceUrl());
    DOMAIN.set(scope, item.domain().name());
    RELEVANCE.set(scope, item.relevance());
    return item;
  }

  /**
   * Validates the evaluation: a share needs the message sent to the référents. The item shown
   * above the decision is checked again too: a client could send it back changed, and a
   * proposed project is built from it.
   */
  static void evaluation(VariableScope scope) {
    submission(scope);
    FormCheck form = FormCheck.of(scope);
    WatchDecision decision = form.requiredChoice(DECISION, "Décision", WatchDecision.class);
    String comment = form.textRequiredWhen(decision == WatchDecision.SHARE, DECISION_COMMENT,
        "Commentaire ou message aux référents", COMMENT_MAX, "Un partage avec le réseau des référents doit comporter un message");
    DECISION.set(scope, decision.name());
    DECISION_COMMENT.set(scope, comment);
  }
}
