package nc.provincenord.pilotage.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** What a mailbox holds, read as a person would: recipient, subject, text and HTML parts. */
record Mails(String to, String subject, String text, String html) {

  static Mails of(MimeMessage message) {
    try {
      String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).findFirst().orElse("");
      return new Mails(to, message.getSubject(), part(message, "text/plain"), part(message, "text/html"));
    } catch (MessagingException | IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static String part(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType(type)) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The mails received so far by {@code address} whose text contains {@code marker}. */
  static List<Mails> received(Supplier<MimeMessage[]> inbox, String address, String marker) {
    List<Mails> found = new ArrayList<>();
    MimeMessage[] messages = inbox.get();
    for (MimeMessage message : messages == null ? new MimeMessage[0] : messages) {
      Mails mail = of(message);
      if (mail.to().contains(address) && mail.text() != null && mail.text().contains(marker)) {
        found.add(mail);
      }
    }
    return found;
  }
}
