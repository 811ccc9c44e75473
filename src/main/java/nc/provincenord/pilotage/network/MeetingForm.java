package nc.provincenord.pilotage.network;

import static nc.provincenord.pilotage.network.MeetingVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.process.FormCheck;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The server-side rules of the référents meeting forms. */
final class MeetingForm {

  static final int MAX_ACTIONS = 50;

  private MeetingForm() {
  }

  static MeetingPlan plan(VariableScope scope, Clock clock, MeetingPlaces places) {
    FormCheck form = FormCheck.of(scope);
    String title = form.requiredLine(TITLE, "Objet de la réunion", 150);
    OffsetDateTime startsAt = form.requiredDateTime(STARTS_AT, "Date et heure", clock.getZone());
    if (startsAt.isBefore(OffsetDateTime.now(clock))) {
      throw FormCheck.invalid(STARTS_AT, "La réunion doit être planifiée dans le futur.");
    }
    String placeCode = form.requiredText(PLACE, "Lieu", 10);
    String placeLabel = places.label(placeCode).orElseThrow(() -> FormCheck.invalid(PLACE,
        "Le lieu « " + FormCheck.shown(placeCode) + " » n'est ni une commune de la Province Nord (code INSEE) ni « VISIO »."));
    String videoLink = form.optionalHttpUrl(VIDEO_LINK, "Lien de la visioconférence");
    if (MeetingPlaces.VIDEO_CALL.equals(placeCode) && videoLink == null) {
      throw FormCheck.invalid(VIDEO_LINK, "Une réunion en visioconférence doit indiquer le « Lien de la visioconférence ».");
    }
    String agenda = form.requiredText(AGENDA, "Ordre du jour", 4000);
    TITLE.set(scope, title);
    STARTS_AT.set(scope, startsAt.toString());
    PLACE.set(scope, placeCode);
    MeetingVariables.WHEN_AND_WHERE.set(scope, whenAndWhere(startsAt.atZoneSameInstant(clock.getZone()), placeCode, placeLabel));
    VIDEO_LINK.set(scope, videoLink);
    AGENDA.set(scope, agenda);
    return new MeetingPlan(title, startsAt, placeCode, placeLabel, videoLink, agenda);
  }

  static String whenAndWhere(java.time.ZonedDateTime startsAt, String placeCode, String placeLabel) {
    String when = "le " + startsAt.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")) + " (heure de Nouméa)";
    return MeetingPlaces.VIDEO_CALL.equals(placeCode) ? when + ", en visioconférence" : when + ", à " + placeLabel;
  }

  record Minutes(String minutes, String attendees, List<ActionItem> actions) {
  }

  /**
   * The minutes and the action items, one per line: {@code quoi ; identifiant ; JJ/MM/AAAA}.
   * Every owner must be a known user; due dates may not be past.
   */
  static Minutes minutes(VariableScope scope, IdentityService identity, Clock clock) {
    FormCheck form = FormCheck.of(scope);
    // 4 000 characters: the most a Camunda text variable holds; longer minutes go in a linked document.
    String minutes = form.requiredText(MINUTES, "Compte rendu", FormCheck.MAX_TEXT_VARIABLE);
    String attendees = form.optionalText(ATTENDEES, "Participants", 2000);
    String text = form.optionalText(ACTIONS, "Actions décidées", FormCheck.MAX_TEXT_VARIABLE);
    List<ActionItem> actions = new ArrayList<>();
    List<String> lines = text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.size() > MAX_ACTIONS) {
      throw FormCheck.invalid(ACTIONS, "Au plus " + MAX_ACTIONS + " actions par réunion (" + lines.size() + " saisies).");
    }
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < lines.size(); i++) {
      String where = "Action n° " + (i + 1) + " (« " + FormCheck.shown(lines.get(i)) + " ») : ";
      String[] parts = lines.get(i).split(";");
      if (parts.length != 3) {
        throw FormCheck.invalid(ACTIONS, where + "écrivez « quoi ; identifiant du responsable ; échéance JJ/MM/AAAA ».");
      }
      String what = parts[0].strip();
      String owner = parts[1].strip();
      LocalDate due = FormCheck.parseDate(parts[2]);
      if (what.isEmpty() || what.length() > 500) {
        throw FormCheck.invalid(ACTIONS, where + "décrivez l'action en 500 caractères au plus.");
      }
      if (owner.isEmpty() || identity.createUserQuery().userId(owner).count() == 0) {
        throw FormCheck.invalid(ACTIONS, where + "« " + FormCheck.shown(parts[1].strip()) + " » n'est pas un utilisateur connu.");
      }
      if (due == null || !FormCheck.sensibleYear(due.getYear())) {
        throw FormCheck.invalid(ACTIONS, where + "l'échéance « " + FormCheck.shown(parts[2].strip()) + " » n'est pas une date JJ/MM/AAAA.");
      }
      if (due.isBefore(today)) {
        throw FormCheck.invalid(ACTIONS, where + "l'échéance est passée.");
      }
      actions.add(new ActionItem(what, owner, due));
    }
    MINUTES.set(scope, minutes);
    ATTENDEES.set(scope, attendees);
    return new Minutes(minutes, attendees, actions);
  }

  static ActionOutcome outcome(VariableScope scope) {
    FormCheck form = FormCheck.of(scope);
    ActionOutcome outcome = form.requiredChoice(ACTION_OUTCOME, "Résultat", ActionOutcome.class);
    String comment = form.optionalText(ACTION_COMMENT, "Commentaire", 2000);
    if (outcome == ActionOutcome.CANCELLED && comment == null) {
      throw FormCheck.invalid(ACTION_COMMENT, "Une action annulée doit être justifiée : renseignez le champ « Commentaire ».");
    }
    return outcome;
  }

  enum ActionOutcome {
    DONE, CANCELLED
  }
}
