package nc.provincenord.pilotage.communication.events;

import java.time.LocalDate;
import nc.provincenord.pilotage.notification.Recipients;

/** An urgent message arrived during a week without anyone on duty: the communication service must fix the roster. */
public record OnCallRosterGap(String processInstanceId, LocalDate weekStart, String title, Recipients recipients) {
}
