package nc.provincenord.pilotage.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Who must be told, in the order given, each once: users and groups of the identity service
 * ({@link Notifications#send} resolves a group to its members' addresses). A missing or blank
 * user id (an unknown starter, say) is left out. Immutable: each {@code and…} returns a new one.
 */
public record Recipients(List<Recipient> list) implements Iterable<Recipient> {

  public Recipients {
    LinkedHashSet<Recipient> unique = new LinkedHashSet<>();
    (list == null ? List.<Recipient>of() : list).stream().filter(Objects::nonNull)
        .filter(recipient -> recipient.id() != null && !recipient.id().isBlank()).forEach(unique::add);
    list = List.copyOf(unique);
  }

  /** These users, then these groups. */
  public Recipients(List<String> userIds, List<String> groupIds) {
    this(Recipients.none().andUsers(userIds == null ? List.of() : userIds).andGroups(groupIds == null ? List.of() : groupIds).list());
  }

  public static Recipients none() {
    return new Recipients(List.of());
  }

  /** The users given, ignoring missing ones. */
  public static Recipients users(String... userIds) {
    return none().andUsers(Arrays.asList(userIds));
  }

  public static Recipients group(String groupId) {
    return none().andGroup(groupId);
  }

  public Recipients andUsers(String... userIds) {
    return andUsers(Arrays.asList(userIds));
  }

  public Recipients andUsers(Iterable<String> userIds) {
    List<Recipient> more = new ArrayList<>(list);
    userIds.forEach(id -> more.add(Recipient.user(id)));
    return new Recipients(more);
  }

  public Recipients andGroup(String groupId) {
    return andGroups(List.of(groupId));
  }

  public Recipients andGroups(Iterable<String> groupIds) {
    List<Recipient> more = new ArrayList<>(list);
    groupIds.forEach(id -> more.add(Recipient.group(id)));
    return new Recipients(more);
  }

  public List<String> userIds() {
    return ids(Recipient.Kind.USER);
  }

  public List<String> groupIds() {
    return ids(Recipient.Kind.GROUP);
  }

  /** {@code user:demandeur}, {@code group:comite-pilotage}…: how the alert rows show them. */
  public List<String> describe() {
    return list.stream().map(Recipient::toString).toList();
  }

  @Override
  public Iterator<Recipient> iterator() {
    return list.iterator();
  }

  private List<String> ids(Recipient.Kind kind) {
    return list.stream().filter(recipient -> recipient.kind() == kind).map(Recipient::id).toList();
  }
}
