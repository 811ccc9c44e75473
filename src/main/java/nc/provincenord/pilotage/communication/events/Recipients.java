package nc.provincenord.pilotage.communication.events;

import java.util.List;

/**
 * Who must be told: user ids and group ids of the identity service. The notification
 * module resolves groups to their members' addresses.
 */
public record Recipients(List<String> userIds, List<String> groupIds) {

  public Recipients {
    userIds = userIds == null ? List.of() : List.copyOf(userIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList());
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }

  /** The users given, ignoring missing ones (an unknown starter, say). */
  public static Recipients users(String... userIds) {
    return new Recipients(java.util.Arrays.asList(userIds), List.of());
  }

  /** The same people and the given group too. */
  public Recipients andGroup(String groupId) {
    List<String> groups = new java.util.ArrayList<>(groupIds);
    groups.add(groupId);
    return new Recipients(userIds, groups);
  }

  public static Recipients group(String groupId) {
    return new Recipients(List.of(), List.of(groupId));
  }
}
