package nc.provincenord.pilotage.communication;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.communication.events.OnCallRosterGap;
import nc.provincenord.pilotage.communication.events.PublicationApprovalRequested;
import nc.provincenord.pilotage.communication.events.PublicationChangesRequested;
import nc.provincenord.pilotage.communication.events.PublicationProblemReported;
import nc.provincenord.pilotage.communication.events.PublicationPublished;
import nc.provincenord.pilotage.communication.events.PublicationRefused;
import nc.provincenord.pilotage.communication.events.PublicationReviewEscalated;
import nc.provincenord.pilotage.communication.events.UrgentMessageAssigned;
import nc.provincenord.pilotage.communication.events.UrgentMessageClosed;
import nc.provincenord.pilotage.notification.Notifications;
import nc.provincenord.pilotage.notification.Recipients;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the communication service's events into mails through the outbox, in the transaction
 * of the step that published them (a synchronous listener: a step that rolls back enqueues
 * nothing). Texts live in {@code templates/mail/publication-*}, {@code oncall-*} and {@code urgent-*}.
 *
 * <p>Mailed, because no Tasklist task tells these people at that moment:
 * <ul>
 *   <li>{@link PublicationRefused} — the request ends (refused at review or not approved);
 *       the requester gets the reason ({@code publication-refused}).</li>
 *   <li>{@link PublicationReviewEscalated} — the head of communication is only added as a
 *       candidate of the existing review task, which sends no task mail
 *       ({@code publication-review-escalated}; escalation: groups, if any, opt-outs ignored).</li>
 *   <li>{@link OnCallRosterGap} — the communication service must fix the roster; its members
 *       have no task for it ({@code oncall-roster-gap}; every member, opt-outs ignored).</li>
 *   <li>{@link UrgentMessageClosed} — the process ends; the sender and the communication
 *       service get the timeline for the after-action review ({@code urgent-message-closed};
 *       an ordinary group mail, which members may turn off).</li>
 * </ul>
 *
 * <p>Not mailed, because a Tasklist task for exactly the same people is created in the same
 * transaction and the generic task mail ({@code TaskMailPlugin}: {@code task-created} to its
 * candidates, {@code task-assigned} to its assignee) already tells them, with the title and a
 * link to the task whose form shows the details — a second mail would say the same thing:
 * <ul>
 *   <li>{@link PublicationChangesRequested} — « Modifier la demande de publication », assigned to the requester;</li>
 *   <li>{@link PublicationApprovalRequested} — « Valider la publication », assigned to the head of
 *       communication or offered to {@code comite-pilotage};</li>
 *   <li>{@link PublicationPublished} — « Vérifier la publication », assigned to the requester;</li>
 *   <li>{@link PublicationProblemReported} — « Publier et indiquer l'adresse », offered again to {@code communication};</li>
 *   <li>{@link UrgentMessageAssigned}, every level — a new « Prendre en charge le message urgent… » task
 *       offered to exactly the candidate users of the level (mails to candidate users cannot be turned off).</li>
 * </ul>
 * The events of the référents network are not mailed either, for the same reason (see
 * {@code docs/communication.md}).
 */
@Component
class CommunicationMails {

  private static final Map<String, String> CHANNELS = Map.of(
      "WEBSITE", "site internet de la Province",
      "INTRANET", "intranet SharePoint",
      "SOCIAL_NETWORKS", "réseaux sociaux",
      "RADIO_PRESS", "radio et presse",
      "SMS", "SMS d'alerte");

  private final Notifications notifications;

  CommunicationMails(Notifications notifications) {
    this.notifications = notifications;
  }

  /** Happens once per request: at review or at approval, never both. */
  @EventListener
  void on(PublicationRefused event) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", event.title());
    model.put("atApproval", PublicationRefused.STAGE_APPROVAL.equals(event.stage()));
    model.put("reason", nullToEmpty(event.reason()));
    model.put("decidedBy", nullToEmpty(event.decidedBy()));
    send(event.recipients(), "publication-refused:" + event.processInstanceId() + ":" + event.stage(),
        "publication-refused", false, model);
  }

  /** Each version of the request has its own review, which may be escalated once: the key carries the revision. */
  @EventListener
  void on(PublicationReviewEscalated event) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", event.title());
    model.put("revision", event.revision());
    model.put("requestedBy", nullToEmpty(event.requestedBy()));
    model.put("requestedAt", event.requestedAt());
    model.put("desiredDate", event.desiredDate());
    send(event.recipients(), "publication-review-escalated:" + event.processInstanceId() + ":" + event.revision(),
        "publication-review-escalated", true, model);
  }

  /** One alert per urgent message that found nobody on duty. */
  @EventListener
  void on(OnCallRosterGap event) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", event.title());
    model.put("weekStart", event.weekStart());
    model.put("weekEnd", event.weekStart() == null ? null : event.weekStart().plusDays(6));
    send(event.recipients(), "oncall-roster-gap:" + event.processInstanceId() + ":" + event.weekStart(),
        "oncall-roster-gap", true, model);
  }

  @EventListener
  void on(UrgentMessageClosed event) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", event.title());
    model.put("takenBy", nullToEmpty(event.takenBy()));
    model.put("receivedAt", event.receivedAt());
    model.put("takenAt", event.takenAt());
    model.put("publishedAt", event.publishedAt());
    model.put("channels", channelLabels(event.publishedChannels()));
    send(event.recipients(), "urgent-message-closed:" + event.processInstanceId(), "urgent-message-closed", false, model);
  }

  private void send(Recipients recipients, String eventKey, String template, boolean mandatory, Map<String, Object> model) {
    notifications.send(recipients, eventKey, template, mandatory, model);
  }

  /** {@code "WEBSITE,SMS"} → the French names, in that order; unknown codes as they are. */
  static List<String> channelLabels(String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(codes.split(",")).map(String::strip).filter(code -> !code.isEmpty())
        .map(code -> CHANNELS.getOrDefault(code, code)).toList();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
