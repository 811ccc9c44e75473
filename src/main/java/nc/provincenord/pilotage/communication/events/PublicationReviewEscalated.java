package nc.provincenord.pilotage.communication.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nc.provincenord.pilotage.notification.Recipients;

/**
 * An editorial review was not done within two working days: the head of communication is asked to see to it.
 * {@code revision}: how many times the requester has revised the request (0 for the first version) — each
 * version has its own review, which may be escalated once.
 */
public record PublicationReviewEscalated(String processInstanceId, String title, int revision, String requestedBy,
                                         OffsetDateTime requestedAt, LocalDate desiredDate, Recipients recipients) {
}
