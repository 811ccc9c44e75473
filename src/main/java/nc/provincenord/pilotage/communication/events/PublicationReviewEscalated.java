package nc.provincenord.pilotage.communication.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An editorial review was not done within two working days: the head of communication is asked to see to it. */
public record PublicationReviewEscalated(String processInstanceId, String title, String requestedBy,
                                         OffsetDateTime requestedAt, LocalDate desiredDate, Recipients recipients) {
}
