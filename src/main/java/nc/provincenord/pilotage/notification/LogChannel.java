package nc.provincenord.pilotage.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** No SMTP host configured (embedded default): the mail is written to the log. */
class LogChannel implements NotificationChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LogChannel.class);

  @Override
  public void send(OutboxRow message) {
    LOG.info("Courriel (aucun serveur SMTP configuré) à {} — {}\n{}", message.recipient(), message.subject(), message.textBody());
  }

  @Override
  public String name() {
    return "log";
  }
}
