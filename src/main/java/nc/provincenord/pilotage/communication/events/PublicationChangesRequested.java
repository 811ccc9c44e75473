package nc.provincenord.pilotage.communication.events;

/** The communication service asks the requester to revise the publication (a Tasklist task awaits them). */
public record PublicationChangesRequested(String processInstanceId, String title, String reviewComment,
                                          String reviewedBy, Recipients recipients) {
}
