package nc.provincenord.pilotage.communication.events;

import java.time.OffsetDateTime;
import nc.provincenord.pilotage.notification.Recipients;

/**
 * An urgent message awaits being taken (a Tasklist task "Prendre en charge" exists for the
 * recipients). {@code level}: {@code ON_DUTY} at first, then {@code BACKUP} and
 * {@code HEAD_OF_COMMUNICATION} when escalated.
 */
public record UrgentMessageAssigned(String processInstanceId, String level, String kind, String title, String message,
                                    String requestedChannels, OffsetDateTime receivedAt, Recipients recipients) {

  public static final String ON_DUTY = "ON_DUTY";
  public static final String BACKUP = "BACKUP";
  public static final String HEAD_OF_COMMUNICATION = "HEAD_OF_COMMUNICATION";
}
