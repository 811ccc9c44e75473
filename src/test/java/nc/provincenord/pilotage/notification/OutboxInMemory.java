package nc.provincenord.pilotage.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * For unit tests of the mails: the real {@link Notifications} (fan-out, opt-outs, French templates rendered in
 * Nouméa time) over the demo directory of product.md and an outbox kept in memory. The outbox keeps the
 * database's contract (one row per event and mailbox, {@code notification_outbox}'s unique key) — that the
 * table holds it is shown on the whole application by {@code TaskMailTest.shouldNotEnqueueTheSameEventTwiceForTheSameRecipient}.
 */
public final class OutboxInMemory {

  /** Subject, plain-text and HTML parts of one queued mail. */
  public record Mail(String eventKey, String recipient, String subject, String text, String html) {

    /** Subject and text, one line apart, as the full-application tests read them from the outbox. */
    public String subjectAndText() {
      return subject + "\n" + text;
    }
  }

  private static final String DOMAIN = "demo.province-nord.nc";
  private static final Map<String, String[]> USERS = new LinkedHashMap<>();
  private static final Map<String, String> GROUPS = new LinkedHashMap<>();

  static {
    // DemoAccounts: one user per group, the user id equal to the role
    user("demandeur", "Marie", "Poadja", "demandeurs", "Demandeurs");
    user("cdp", "Jean-Pierre", "Goa", "chefs-de-projet", "Chefs de projet");
    user("moa", "Sylvie", "Naouna", "moa", "Maîtrise d'ouvrage (MOA)");
    user("moe", "Thomas", "Kaouma", "moe", "Maîtrise d'œuvre (MOE)");
    user("copil", "Hélène", "Tein", "comite-pilotage", "Comité de pilotage");
    user("comm", "Léa", "Bouanou", "communication", "Service communication");
    user("referent", "Paul", "Wéma", "referents", "Réseau des référents");
    user("astreinte", "Éric", "Néchero", "astreinte", "Astreinte communication");
    user("concepteur", "Claire", "Dubois", "concepteurs", "Concepteurs de processus");
    user("admin", "Administrateur", "Pilotage", "camunda-admin", "Administrateurs");
  }

  private final List<Mail> mails = new ArrayList<>();
  private final Set<String> optOuts = new HashSet<>();
  private final Notifications notifications;

  public OutboxInMemory() {
    Clock clock = Clock.system(ZoneId.of("Pacific/Noumea"));
    OutboxRepository outbox = mock(OutboxRepository.class);
    when(outbox.enqueue(any(), any())).thenAnswer(call -> {
      OutboxMessage message = call.getArgument(0);
      if (mails.stream().anyMatch(mail -> mail.eventKey().equals(message.eventKey())
          && mail.recipient().equals(message.recipient()))) {
        return false;
      }
      return mails.add(new Mail(message.eventKey(), message.recipient(), message.subject(), message.textBody(),
          message.htmlBody()));
    });
    OptOutRepository optOutRepository = mock(OptOutRepository.class);
    when(optOutRepository.usersOptedOut(anyString())).thenAnswer(call -> {
      Set<String> users = new HashSet<>();
      optOuts.stream().filter(entry -> entry.endsWith("/" + call.getArgument(0)))
          .forEach(entry -> users.add(entry.substring(0, entry.indexOf('/'))));
      return users;
    });
    Directory directory = mock(Directory.class);
    when(directory.user(anyString())).thenAnswer(call -> Optional.ofNullable(userEntity(call.getArgument(0))));
    when(directory.members(anyString())).thenAnswer(call -> USERS.entrySet().stream()
        .filter(entry -> entry.getValue()[2].equals(call.getArgument(0))).map(entry -> userEntity(entry.getKey())).toList());
    when(directory.groupName(anyString())).thenAnswer(call -> GROUPS.getOrDefault(call.<String>getArgument(0), call.getArgument(0)));
    notifications = new Notifications(outbox, optOutRepository, directory,
        new MailTemplates(clock, "http://localhost:8080"), clock);
  }

  /** The notifications API a mail listener is given. */
  public Notifications notifications() {
    return notifications;
  }

  /** The user no longer wants the ordinary mails of that group (the preferences page). */
  public void optOut(String userId, String groupId) {
    optOuts.add(userId + "/" + groupId);
  }

  /** The mails queued so far for that address whose event key contains {@code keyPart}, oldest first. */
  public List<Mail> mails(String keyPart, String recipient) {
    return mails.stream().filter(mail -> mail.recipient().equals(recipient) && mail.eventKey().contains(keyPart)).toList();
  }

  private static void user(String id, String firstName, String lastName, String groupId, String groupName) {
    USERS.put(id, new String[] {firstName, lastName, groupId});
    GROUPS.put(groupId, groupName);
  }

  private static User userEntity(String id) {
    String[] user = USERS.get(id);
    if (user == null) {
      return null;
    }
    UserEntity entity = new UserEntity(id);
    entity.setFirstName(user[0]);
    entity.setLastName(user[1]);
    entity.setEmail(id + "@" + DOMAIN);
    return entity;
  }
}
