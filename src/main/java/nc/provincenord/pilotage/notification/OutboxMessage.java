package nc.provincenord.pilotage.notification;

/** A rendered mail for one recipient, ready to be written to the outbox; {@code attachment} may be null. */
record OutboxMessage(String eventKey, String recipient, String recipientUserId, String template, String subject,
                     String textBody, String htmlBody, MailAttachment attachment) {

  OutboxMessage(String eventKey, String recipient, String recipientUserId, String template, String subject,
                String textBody, String htmlBody) {
    this(eventKey, recipient, recipientUserId, template, subject, textBody, htmlBody, null);
  }
}
