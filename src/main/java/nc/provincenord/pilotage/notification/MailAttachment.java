package nc.provincenord.pilotage.notification;

/**
 * A text file joined to a mail (a meeting invitation's {@code .ics}), stored with the outbox row.
 *
 * @param contentType e.g. {@code text/calendar; method=PUBLISH; charset=UTF-8}
 */
public record MailAttachment(String fileName, String contentType, String content) {
}
