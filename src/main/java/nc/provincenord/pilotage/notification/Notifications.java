package nc.provincenord.pilotage.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The public API of notifications. Call it inside the transaction of the step that causes
 * the notification (a delegate, a listener, or a synchronous {@code @EventListener} of an
 * event published by one): it renders the mail now (the task mails: later, by the dispatcher)
 * and writes one outbox row per recipient, so a rollback leaves nothing and the dispatcher sends after commit.
 *
 * <p>{@code eventKey} identifies the event (e.g. {@code "project-refused:PRJ-2025-0007"}):
 * the same event is never enqueued twice for the same mailbox, whoever asks again.
 * {@code template} names the files {@code templates/mail/<template>.subject.txt|.txt|.html};
 * {@code model} holds their variables (dates are shown in Pacific/Noumea). Each method
 * returns the number of rows actually written.
 */
@Service
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  private final OutboxRepository outbox;
  private final OptOutRepository optOuts;
  private final Directory directory;
  private final MailTemplates templates;
  private final Clock clock;

  Notifications(OutboxRepository outbox, OptOutRepository optOuts, Directory directory, MailTemplates templates, Clock clock) {
    this.outbox = outbox;
    this.optOuts = optOuts;
    this.directory = directory;
    this.templates = templates;
    this.clock = clock;
  }

  /**
   * The one fan-out of an event's mail, in the order of {@code recipients}: each user gets it (cannot be
   * turned off); each group's members get it, opt-outs honoured unless {@code mandatory} (escalations,
   * alerts to the committee). Returns the number of rows written.
   */
  public int send(Recipients recipients, String eventKey, String template, boolean mandatory, Map<String, ?> model) {
    int written = 0;
    for (Recipient recipient : recipients) {
      if (recipient.kind() == Recipient.Kind.USER) {
        written += toUser(eventKey, recipient.id(), template, model);
      } else if (mandatory) {
        written += toGroupMandatory(eventKey, recipient.id(), template, model);
      } else {
        written += toGroup(eventKey, recipient.id(), template, model);
      }
    }
    return written;
  }

  /** A mail to one user (assignment, decision on their request…): cannot be turned off. */
  public int toUser(String eventKey, String userId, String template, Map<String, ?> model) {
    return toUser(eventKey, userId, template, model, false);
  }

  /**
   * The task mails (issue 15): written in the step's transaction like any other, but with their data
   * only; the dispatcher renders them after the commit (a model it cannot keep: rendered now).
   */
  int toUserRenderedLater(String eventKey, String userId, String template, Map<String, ?> model) {
    return toUser(eventKey, userId, template, model, true);
  }

  int toGroupRenderedLater(String eventKey, String groupId, String template, Map<String, ?> model,
                           MailAttachment attachment) {
    return toMembers(eventKey, groupId, template, model, true, attachment, true);
  }

  private int toUser(String eventKey, String userId, String template, Map<String, ?> model, boolean renderLater) {
    return directory.user(userId).map(user -> enqueue(eventKey, user, template, model, null, null, renderLater)).orElseGet(() -> {
      LOG.warn("Notification {} : utilisateur {} inconnu, aucun courriel", eventKey, userId);
      return 0;
    });
  }

  /** A group mail: every member who has not turned off the mails of that group. */
  public int toGroup(String eventKey, String groupId, String template, Map<String, ?> model) {
    return toMembers(eventKey, groupId, template, model, true);
  }

  /** A mail to every member of the group, opt-outs ignored (escalations, alerts to the committee). */
  public int toGroupMandatory(String eventKey, String groupId, String template, Map<String, ?> model) {
    return toMembers(eventKey, groupId, template, model, false);
  }

  /** A group mail with a file joined (a meeting invitation's {@code .ics}); opt-outs honoured as for {@link #toGroup}. */
  public int toGroup(String eventKey, String groupId, String template, Map<String, ?> model, MailAttachment attachment) {
    return toMembers(eventKey, groupId, template, model, true, attachment, false);
  }

  private int toMembers(String eventKey, String groupId, String template, Map<String, ?> model, boolean honourOptOut) {
    return toMembers(eventKey, groupId, template, model, honourOptOut, null, false);
  }

  private int toMembers(String eventKey, String groupId, String template, Map<String, ?> model, boolean honourOptOut,
                        MailAttachment attachment, boolean renderLater) {
    Set<String> optedOut = honourOptOut ? optOuts.usersOptedOut(groupId) : Set.of();
    String groupName = honourOptOut ? directory.groupName(groupId) : null;
    int written = 0;
    for (User member : directory.members(groupId)) {
      if (!optedOut.contains(member.getId())) {
        written += enqueue(eventKey, member, template, model, groupName, attachment, renderLater);
      }
    }
    return written;
  }

  /** {@code optOutGroup}: the name of the group the person may stop hearing from, for a group mail. */
  private int enqueue(String eventKey, User user, String template, Map<String, ?> model, String optOutGroup,
                      MailAttachment attachment, boolean renderLater) {
    String address = user.getEmail();
    if (address == null || address.isBlank()) {
      LOG.warn("Notification {} : l'utilisateur {} n'a pas d'adresse électronique", eventKey, user.getId());
      return 0;
    }
    String recipient = address.strip().toLowerCase(Locale.ROOT);
    // no look-up first: enqueue itself skips a recipient this event already has (one statement on PostgreSQL)
    Map<String, Object> personal = new LinkedHashMap<>(model);
    personal.put("recipientName", fullName(user));
    personal.put("optOutGroup", optOutGroup);
    personal.put("preferencesUrl", templates.baseUrl() + "/preferences/notifications");
    Optional<String> kept = renderLater ? MailModel.write(personal) : Optional.empty();
    if (kept.isPresent()) {
      return outbox.enqueue(OutboxMessage.toRender(eventKey, recipient, user.getId(), template, attachment, kept.get()),
          OffsetDateTime.now(clock)) ? 1 : 0;
    }
    MailTemplates.Rendered mail = templates.render(template, personal);
    OutboxMessage message = new OutboxMessage(eventKey, recipient, user.getId(), template, mail.subject(), mail.text(),
        mail.html(), attachment);
    return outbox.enqueue(message, OffsetDateTime.now(clock)) ? 1 : 0;
  }

  private static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
