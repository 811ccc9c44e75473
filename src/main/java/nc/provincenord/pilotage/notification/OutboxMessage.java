package nc.provincenord.pilotage.notification;

/**
 * A mail for one recipient, ready to be written to the outbox; {@code attachment} may be null. Either
 * rendered (subject and bodies), or {@code model} (JSON, {@link MailModel}) for the dispatcher to render.
 */
record OutboxMessage(String eventKey, String recipient, String recipientUserId, String template, String subject,
                     String textBody, String htmlBody, MailAttachment attachment, String model) {

  OutboxMessage(String eventKey, String recipient, String recipientUserId, String template, String subject,
                String textBody, String htmlBody, MailAttachment attachment) {
    this(eventKey, recipient, recipientUserId, template, subject, textBody, htmlBody, attachment, null);
  }

  static OutboxMessage toRender(String eventKey, String recipient, String recipientUserId, String template,
                                MailAttachment attachment, String model) {
    return new OutboxMessage(eventKey, recipient, recipientUserId, template, null, null, null, attachment, model);
  }

  OutboxMessage(String eventKey, String recipient, String recipientUserId, String template, String subject,
                String textBody, String htmlBody) {
    this(eventKey, recipient, recipientUserId, template, subject, textBody, htmlBody, null);
  }
}
