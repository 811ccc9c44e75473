package nc.provincenord.pilotage.communication.events;

import java.time.OffsetDateTime;
import nc.provincenord.pilotage.notification.Recipients;

/** Published: the requester is asked to check it (a Tasklist task awaits them). */
public record PublicationPublished(String processInstanceId, String title, String publishedUrl,
                                   String publishedBy, OffsetDateTime publishedAt, Recipients recipients) {
}
