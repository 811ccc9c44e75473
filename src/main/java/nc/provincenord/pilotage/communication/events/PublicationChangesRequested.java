package nc.provincenord.pilotage.communication.events;

import nc.provincenord.pilotage.notification.Recipients;
/** The communication service asks the requester to revise the publication (a Tasklist task awaits them). */
public record PublicationChangesRequested(String processInstanceId, String title, String reviewComment,
                                          String reviewedBy, Recipients recipients) {
}
