package nc.provincenord.pilotage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the whole-application tests that need a real SMTP server: GreenMail runs on a
 * free port for the whole JVM and Pilotage sends to it. Every subclass shares this one
 * context (keep the annotations identical). The scheduled dispatcher is off: tests call
 * {@code NotificationDispatcher.dispatchOnce()} themselves; retries wait 200 ms.
 *
 * <p>This context's engine is also named "default": its tests run in a JVM of their own, apart from
 * {@link PilotageIntegrationTest}'s (tag {@value #MAIL_CONTEXT}, see pom.xml).
 */
@org.junit.jupiter.api.Tag(MailIntegrationTest.MAIL_CONTEXT)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:pilotage-mail-it;DB_CLOSE_DELAY=-1",
    "pilotage.demo.password=" + PilotageIntegrationTest.DEMO_PASSWORD,
    "camunda.bpm.job-execution.enabled=false",
    "spring.mail.host=127.0.0.1",
    "pilotage.notification.dispatcher.enabled=false",
    "pilotage.notification.retry.initial-backoff=PT0.2S",
    "pilotage.notification.retry.max-backoff=PT0.4S",
    "pilotage.notification.retry.max-attempts=3",
    "pilotage.notification.dispatcher.claim-timeout=PT2S",
    "pilotage.notification.health.failed-threshold=0"
})
public abstract class MailIntegrationTest {

  /** Tag of the tests that share this context, in a JVM of their own (see pom.xml). */
  public static final String MAIL_CONTEXT = "mail-context";

  public static final int SMTP_PORT = freePort();
  private static GreenMail smtp = start();

  @LocalServerPort
  protected int port;

  @Autowired
  protected org.camunda.bpm.engine.ProcessEngine processEngine;

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  protected EngineRestClient rest() {
    return new EngineRestClient("http://localhost:" + port, PilotageIntegrationTest.DEMO_PASSWORD);
  }

  /** The SMTP server as it is now (a new instance after {@link #smtpUp()}). */
  protected static synchronized GreenMail smtp() {
    return smtp;
  }

  /** What the SMTP server has received so far; nothing while it is down. */
  protected static synchronized jakarta.mail.internet.MimeMessage[] receivedMessages() {
    return smtp == null ? new jakarta.mail.internet.MimeMessage[0] : smtp.getReceivedMessages();
  }

  protected static synchronized void smtpDown() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  /** A fresh, empty server on the same port. */
  protected static synchronized void smtpUp() {
    if (smtp == null) {
      smtp = start();
    }
  }

  private static GreenMail start() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException none) {
      throw new UncheckedIOException(none);
    }
  }
}
