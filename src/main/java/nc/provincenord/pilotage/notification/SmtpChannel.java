package nc.provincenord.pilotage.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * SMTP through Spring Boot Mail: a multipart/alternative mail (plain text and HTML), and its
 * attached file when the row carries one (a meeting invitation's {@code .ics}).
 * The Message-ID is derived from the outbox row, so that a resend after a crash
 * between the SMTP acceptance and the bookkeeping carries the same id.
 */
class SmtpChannel implements NotificationChannel {

  private final JavaMailSender sender;
  private final String from;

  SmtpChannel(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void send(OutboxRow message) throws MessagingException {
    MimeMessage mime = create(message);
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(message.recipient());
    helper.setSubject(message.subject());
    helper.setText(message.textBody(), message.htmlBody());
    if (message.attachment() != null) {
      MailAttachment file = message.attachment();
      helper.addAttachment(file.fileName(), new ByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8)),
          file.contentType());
    }
    sender.send(mime);
  }

  private MimeMessage create(OutboxRow message) {
    if (sender instanceof JavaMailSenderImpl impl) {
      Session session = impl.getSession();
      String messageId = "<pilotage-notification-" + message.id() + "@" + "pilotage.province-nord.nc>";
      return new MimeMessage(session) {
        @Override
        protected void updateMessageID() throws MessagingException {
          setHeader("Message-ID", messageId);
        }
      };
    }
    return sender.createMimeMessage();
  }

  @Override
  public String name() {
    return "smtp";
  }
}
