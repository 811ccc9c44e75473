package nc.provincenord.pilotage.availability;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail) that can hold back the mails of one node: each node says who it
 * is in its EHLO ({@code mail.smtp.localhost}), which GreenMail writes into the Received header.
 * A held mail gets no « 250 OK » until {@link #releaseHeld()}, and is then refused: the node that
 * sent it died before the server took it, so it was never delivered. Other mails may be slowed
 * down ({@link #slowDown}) so that a stop falls in the middle of a batch.
 */
final class NodeAwareSmtp implements AutoCloseable {

  private final GreenMail server;
  private final Map<String, CountDownLatch> heldFrom = new ConcurrentHashMap<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<String> heldMessageIds = new ArrayList<>();
  private final Map<String, CountDownLatch> firstFrom = new ConcurrentHashMap<>();
  private volatile Duration delay = Duration.ZERO;

  NodeAwareSmtp() {
    server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.start();
    server.getUserManager().setMessageDeliveryHandler((message, address) -> {
      String node = node(message.getMessage());
      firstFrom.computeIfAbsent(node, any -> new CountDownLatch(1)).countDown();
      CountDownLatch held = heldFrom.get(node);
      if (held != null) {
        synchronized (heldMessageIds) {
          heldMessageIds.add(message.getMessage().getMessageID());
        }
        held.countDown();
        awaitQuietly(release, Duration.ofMinutes(2));
        throw new MessagingException("nœud " + node + " arrêté avant l'accusé de réception : courriel non remis");
      }
      if (!delay.isZero()) {
        sleepQuietly(delay);
      }
      GreenMailUser user = server.getUserManager().getUserByEmail(address.getEmail());
      return user != null ? user : server.getUserManager().createUser(address.getEmail(), address.getEmail(), address.getEmail());
    });
  }

  int port() {
    return server.getSmtp().getPort();
  }

  /** Holds back every mail of {@code node} from now on. */
  void hold(String node) {
    heldFrom.put(node, new CountDownLatch(1));
  }

  boolean awaitHeld(String node, Duration timeout) throws InterruptedException {
    return heldFrom.get(node).await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  List<String> heldMessageIds() {
    synchronized (heldMessageIds) {
      return List.copyOf(heldMessageIds);
    }
  }

  void releaseHeld() {
    release.countDown();
  }

  void slowDown(Duration delay) {
    this.delay = delay;
  }

  boolean awaitFirstFrom(String node, Duration timeout) throws InterruptedException {
    return firstFrom.computeIfAbsent(node, any -> new CountDownLatch(1)).await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Message-ID → how many times it was delivered. */
  Map<String, Long> deliveredMessageIds() {
    return Arrays.stream(server.getReceivedMessages()).map(NodeAwareSmtp::messageId)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  int delivered() {
    return server.getReceivedMessages().length;
  }

  @Override
  public void close() {
    releaseHeld();
    server.stop();
  }

  private static String node(MimeMessage message) {
    try {
      String[] received = message.getHeader("Received");
      String header = received == null ? "" : String.join(" ", received);
      int helo = header.indexOf("HELO ");
      if (helo < 0) {
        return "";
      }
      int end = header.indexOf(')', helo);
      return header.substring(helo + 5, end < 0 ? header.length() : end).trim();
    } catch (MessagingException unreadable) {
      return "";
    }
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
    try {
      latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepQuietly(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
