package nc.provincenord.pilotage.notification;

/** A rendered mail for one recipient, ready to be written to the outbox. */
record OutboxMessage(String eventKey, String recipient, String recipientUserId, String template, String subject,
                     String textBody, String htmlBody) {
}
