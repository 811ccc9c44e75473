package nc.provincenord.pilotage.network.events;

import java.time.LocalDate;
import java.util.List;

/** An action item decided in a référents meeting: its owner has a Tasklist task. */
public record ReferentActionAssigned(String processInstanceId, String actionId, String meetingTitle, String what,
                                     LocalDate dueDate, String organizer, List<String> recipientUserIds) {
}
