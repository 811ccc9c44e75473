package nc.provincenord.pilotage.communication.urgent;

import java.util.LinkedHashSet;
import java.util.Set;
import nc.provincenord.pilotage.communication.events.UrgentMessageAssigned;

/**
 * The three levels of an urgent message and who may take it at each: the agent on duty,
 * then also the backup, then also the head of communication. A missing person is replaced
 * by the next level, so a level never has nobody.
 */
record UrgentLevels(String onDuty, String backup, String head) {

  static final String ON_DUTY = UrgentMessageAssigned.ON_DUTY;
  static final String BACKUP = UrgentMessageAssigned.BACKUP;
  static final String HEAD = UrgentMessageAssigned.HEAD_OF_COMMUNICATION;

  Set<String> onDutyCandidates() {
    Set<String> users = new LinkedHashSet<>();
    users.add(onDuty != null ? onDuty : backup != null ? backup : head);
    return users;
  }

  Set<String> backupCandidates() {
    Set<String> users = new LinkedHashSet<>(onDutyCandidates());
    users.add(backup != null ? backup : head);
    return users;
  }

  Set<String> headCandidates() {
    Set<String> users = new LinkedHashSet<>(backupCandidates());
    users.add(head);
    return users;
  }

  static String csv(Set<String> users) {
    return String.join(",", users);
  }
}
