package nc.provincenord.pilotage.notification;

import java.time.OffsetDateTime;

/**
 * A row of {@code notification_outbox}; {@code attachment} is null for most mails; {@code model} is set
 * (and subject and bodies null) for a mail the dispatcher renders before sending it.
 */
public record OutboxRow(long id, String eventKey, String recipient, String recipientUserId, String template, String subject,
                        String textBody, String htmlBody, OutboxStatus status, int attempts, OffsetDateTime nextAttemptAt,
                        String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime failedAt,
                        MailAttachment attachment, String model) {

  boolean toRender() {
    return textBody == null && model != null;
  }

  OutboxRow rendered(String subject, String textBody, String htmlBody) {
    return new OutboxRow(id, eventKey, recipient, recipientUserId, template, subject, textBody, htmlBody, status, attempts,
        nextAttemptAt, lastError, createdAt, sentAt, failedAt, attachment, model);
  }
}
