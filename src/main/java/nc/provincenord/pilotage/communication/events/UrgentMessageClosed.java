package nc.provincenord.pilotage.communication.events;

import java.time.OffsetDateTime;
import nc.provincenord.pilotage.notification.Recipients;

/** An urgent message was published and closed: the communication service and the sender are told, for the after-action review. */
public record UrgentMessageClosed(String processInstanceId, String title, String takenBy, OffsetDateTime receivedAt,
                                  OffsetDateTime takenAt, OffsetDateTime publishedAt, String publishedChannels,
                                  Recipients recipients) {
}
