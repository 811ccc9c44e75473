package nc.provincenord.pilotage.communication.urgent;

import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nc.provincenord.pilotage.process.FormCheck;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The server-side rules of the urgent-communication forms. */
final class UrgentForm {

  static final int TITLE_MAX = 150;
  static final int MESSAGE_MAX = 4000;
  static final int SUMMARY_MAX = 4000;

  private UrgentForm() {
  }

  static UrgentMessage start(VariableScope scope) {
    FormCheck form = FormCheck.of(scope);
    UrgentMessage message = new UrgentMessage(
        form.requiredChoice(KIND, "Nature de l'alerte", UrgentKind.class),
        form.requiredLine(TITLE, "Titre", TITLE_MAX),
        form.requiredText(MESSAGE, "Message à diffuser", MESSAGE_MAX),
        form.requiredChoices(CHANNELS, "Canaux de diffusion", UrgentChannel.class),
        form.optionalText(SOURCE, "Émetteur de l'alerte", 200),
        form.optionalText(AREA, "Zone concernée", 300));
    KIND.set(scope, message.kind().name());
    TITLE.set(scope, message.title());
    MESSAGE.set(scope, message.message());
    CHANNELS.set(scope, message.channels().stream().map(Enum::name).toList());
    SOURCE.set(scope, message.source());
    AREA.set(scope, message.area());
    return message;
  }

  /** What was published, when: the time may not be in the future. */
  static Publication publication(VariableScope scope, Clock clock) {
    FormCheck form = FormCheck.of(scope);
    Set<UrgentChannel> channels = form.requiredChoices(PUBLISHED_CHANNELS, "Canaux utilisés", UrgentChannel.class);
    String summary = form.requiredText(PUBLISHED_SUMMARY, "Ce qui a été publié", SUMMARY_MAX);
    OffsetDateTime at = form.requiredDateTime(PUBLISHED_AT, "Publié le", clock.getZone());
    if (at.isAfter(OffsetDateTime.now(clock).plusMinutes(5))) {
      throw FormCheck.invalid(PUBLISHED_AT, "L'heure de publication ne peut pas être dans le futur : indiquez quand le message a été publié.");
    }
    List<String> links = form.optionalHttpUrls(PUBLISHED_LINKS, "Liens vers les publications", 4000);
    String note = form.optionalText(CLOSING_NOTE, "Remarques pour le retour d'expérience", 2000);
    PUBLISHED_CHANNELS.set(scope, channels.stream().map(Enum::name).toList());
    PUBLISHED_SUMMARY.set(scope, summary);
    PUBLISHED_AT.set(scope, at.toString());
    PUBLISHED_LINKS.set(scope, links.isEmpty() ? null : String.join("\n", links));
    CLOSING_NOTE.set(scope, note);
    return new Publication(channels, summary, at, links, note);
  }

  static String codes(Set<? extends Enum<?>> values) {
    return String.join(",", values.stream().map(Enum::name).toList());
  }


  record Publication(Set<UrgentChannel> channels, String summary, OffsetDateTime publishedAt, List<String> links, String note) {
  }
}
