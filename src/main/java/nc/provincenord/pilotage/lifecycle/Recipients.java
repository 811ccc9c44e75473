package nc.provincenord.pilotage.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import nc.provincenord.pilotage.lifecycle.events.Recipient;
import nc.provincenord.pilotage.security.Role;

/** Small helper to list who is told, without duplicates or missing users. */
final class Recipients {

  private final LinkedHashSet<Recipient> recipients = new LinkedHashSet<>();

  static Recipients of() {
    return new Recipients();
  }

  Recipients users(String... userIds) {
    Arrays.stream(userIds).filter(Objects::nonNull).forEach(id -> recipients.add(Recipient.user(id)));
    return this;
  }

  Recipients groups(Role... roles) {
    Arrays.stream(roles).forEach(role -> recipients.add(Recipient.group(role.groupId())));
    return this;
  }

  Recipients groupIds(Iterable<String> groupIds) {
    groupIds.forEach(id -> recipients.add(Recipient.group(id)));
    return this;
  }

  List<Recipient> list() {
    return List.copyOf(recipients);
  }

  /** {@code user:demandeur,group:comite-pilotage}: how the alert rows show them. */
  static List<String> describe(List<Recipient> recipients) {
    List<String> result = new ArrayList<>();
    recipients.forEach(r -> result.add((r.kind() == Recipient.Kind.USER ? "user:" : "group:") + r.id()));
    return result;
  }
}
