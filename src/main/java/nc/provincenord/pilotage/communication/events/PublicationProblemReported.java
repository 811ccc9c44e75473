package nc.provincenord.pilotage.communication.events;

import nc.provincenord.pilotage.notification.Recipients;
/** The requester reports a problem with the published content: back to the communication service. */
public record PublicationProblemReported(String processInstanceId, String title, String publishedUrl,
                                         String problem, String reportedBy, Recipients recipients) {
}
