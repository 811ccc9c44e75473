package nc.provincenord.pilotage.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** No SMTP host configured (embedded default): the mail is written to the log. */
class LogChannel implements NotificationChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LogChannel.class);

  @Override
  public void send(OutboxRow message) {
    // control characters are made visible: a value typed into a form never writes a line of its own
    LOG.info("Courriel (aucun serveur SMTP configuré) à {} — {}\n{}", escaped(message.recipient(), false),
        escaped(message.subject(), false), escaped(message.textBody(), true));
  }

  static String escaped(String text, boolean keepLineBreaks) {
    if (text == null) {
      return null;
    }
    StringBuilder result = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      boolean kept = !Character.isISOControl(c) || (keepLineBreaks && c == '\n');
      result.append(kept ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return result.toString();
  }

  @Override
  public String name() {
    return "log";
  }
}
