package nc.provincenord.pilotage.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: claims a batch of due rows in a short transaction (no other node
 * can take them), sends each one outside any transaction, then records the outcome:
 * sent, retried later with exponential backoff, or kept as failed with the reason.
 * A node that dies while holding rows loses them after {@code claim-timeout}; another
 * node (or the same one restarted) then sends them.
 */
@Component
public class NotificationDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final OutboxRepository outbox;
  private final NotificationChannel channel;
  private final NotificationProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String node;
  private final Counter sent;
  private final Counter retried;
  private final Counter failed;

  NotificationDispatcher(OutboxRepository outbox, NotificationChannel channel, NotificationProperties properties,
                         PlatformTransactionManager transactionManager, Clock clock, MeterRegistry meters) {
    this.outbox = outbox;
    this.channel = channel;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.node = nodeName();
    this.sent = Counter.builder("pilotage.notification.sent").description("Notifications remises au canal d'envoi")
        .register(meters);
    this.retried = Counter.builder("pilotage.notification.retried").description("Envois échoués, nouvel essai planifié")
        .register(meters);
    this.failed = Counter.builder("pilotage.notification.failed").description("Notifications abandonnées après le dernier essai")
        .register(meters);
  }

  private static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception unknown) {
      host = "node";
    }
    String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 100 ? name.substring(name.length() - 100) : name;
  }

  String node() {
    return node;
  }

  @Scheduled(fixedDelayString = "${pilotage.notification.dispatcher.interval:PT15S}",
      initialDelayString = "${pilotage.notification.dispatcher.interval:PT15S}")
  void scheduled() {
    if (!properties.getDispatcher().isEnabled()) {
      return;
    }
    try {
      while (dispatchOnce() >= properties.getDispatcher().getBatchSize()) {
        // a full batch: more rows are probably due
      }
    } catch (RuntimeException unexpected) {
      LOG.error("Distribution des notifications interrompue", unexpected);
    }
  }

  /** Claims and delivers one batch of due rows; returns how many rows this node handled. */
  public int dispatchOnce() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime until = now.plus(properties.getDispatcher().getClaimTimeout());
    List<Long> claimed = transaction.execute(status ->
        outbox.claimDue(node, properties.getDispatcher().getBatchSize(), now, until));
    if (claimed == null) {
      return 0;
    }
    for (Long id : claimed) {
      outbox.find(id).ifPresent(this::deliver);
    }
    return claimed.size();
  }

  private void deliver(OutboxRow row) {
    Optional<String> error;
    try {
      channel.send(row);
      error = Optional.empty();
    } catch (Exception sendFailure) {
      error = Optional.of(reason(sendFailure));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (error.isEmpty()) {
      if (outbox.markSent(row.id(), node, now)) {
        sent.increment();
      } else {
        LOG.warn("Notification {} envoyée alors que sa réservation avait expiré", row.id());
      }
      return;
    }
    int attempt = row.attempts() + 1;
    if (attempt >= properties.getRetry().getMaxAttempts()) {
      if (outbox.markFailed(row.id(), node, now, error.get())) {
        failed.increment();
      }
      LOG.error("Notification {} à {} abandonnée après {} essais : {}", row.id(), row.recipient(), attempt, error.get());
    } else {
      OffsetDateTime next = now.plus(properties.getRetry().backoffAfter(attempt));
      if (outbox.markRetry(row.id(), node, next, error.get())) {
        retried.increment();
      }
      LOG.warn("Notification {} à {} : essai {} échoué ({}), nouvel essai à {}", row.id(), row.recipient(), attempt,
          error.get(), next);
    }
  }

  private static String reason(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null && text.length() < 1500; cause = cause.getCause()) {
      if (!text.isEmpty()) {
        text.append(" ← ");
      }
      text.append(cause.getClass().getSimpleName());
      if (cause.getMessage() != null) {
        text.append(": ").append(cause.getMessage().strip());
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return text.toString();
  }
}
