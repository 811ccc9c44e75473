package nc.provincenord.pilotage.network;

import java.time.LocalDate;

/** One action decided in the meeting: what, who, by when. */
record ActionItem(String what, String owner, LocalDate dueDate) {
}
