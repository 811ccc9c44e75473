package nc.provincenord.pilotage.notification;

import java.time.OffsetDateTime;

/** A row of {@code notification_outbox}; {@code attachment} is null for most mails. */
public record OutboxRow(long id, String eventKey, String recipient, String recipientUserId, String template, String subject,
                        String textBody, String htmlBody, OutboxStatus status, int attempts, OffsetDateTime nextAttemptAt,
                        String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime failedAt,
                        MailAttachment attachment) {
}
