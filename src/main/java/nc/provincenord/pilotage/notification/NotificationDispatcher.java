package nc.provincenord.pilotage.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: claims a batch of due rows in a short transaction (no other node
 * can take them), renders the task mails written with their data only, sends each one outside any transaction, then records the outcome:
 * sent, retried later with exponential backoff, or kept as failed with the reason.
 * A node that dies while holding rows loses them after {@code claim-timeout}; another
 * node (or the same one restarted) then sends them.
 *
 * <p>On a graceful stop the dispatcher claims nothing more, finishes the row it is sending, and
 * hands the rest of its batch back at once (claim released), so another node or the restarted one
 * sends it without waiting for the claim timeout.
 */
@Component
public class NotificationDispatcher implements SmartLifecycle {

  /** Longest wait, on stop, for the row being sent (the SMTP timeouts are 10 s). */
  private static final long STOP_WAIT_SECONDS = 20;

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final OutboxRepository outbox;
  private final NotificationChannel channel;
  private final MailTemplates templates;
  private final NotificationProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String node;
  private final Counter sent;
  private final Counter retried;
  private final Counter failed;
  private final ReentrantLock dispatching = new ReentrantLock();
  private volatile boolean running;
  private volatile boolean stopping;
  /** The row being handed to the channel, if any: never released while its sending may still succeed. */
  private volatile Long sending;

  NotificationDispatcher(OutboxRepository outbox, NotificationChannel channel, MailTemplates templates,
                         NotificationProperties properties, PlatformTransactionManager transactionManager, Clock clock,
                         MeterRegistry meters) {
    this.outbox = outbox;
    this.channel = channel;
    this.templates = templates;
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
    if (!properties.getDispatcher().isEnabled() || stopping) {
      return;
    }
    try {
      while (dispatchOnce() >= properties.getDispatcher().getBatchSize() && !stopping) {
        // a full batch: more rows are probably due
      }
    } catch (RuntimeException unexpected) {
      LOG.error("Distribution des notifications interrompue", unexpected);
    }
  }

  /** Claims and delivers one batch of due rows; returns how many rows this node handled. */
  public int dispatchOnce() {
    dispatching.lock();
    try {
      if (stopping) {
        return 0;
      }
      OffsetDateTime now = OffsetDateTime.now(clock);
      OffsetDateTime until = now.plus(properties.getDispatcher().getClaimTimeout());
      List<Long> claimed = transaction.execute(status ->
          outbox.claimDue(node, properties.getDispatcher().getBatchSize(), now, until));
      if (claimed == null) {
        return 0;
      }
      for (Long id : claimed) {
        if (stopping) {
          break;
        }
        sending = id;
        try {
          outbox.find(id).ifPresent(this::deliver);
        } finally {
          sending = null;
        }
      }
      return claimed.size();
    } finally {
      dispatching.unlock();
    }
  }

  @Override
  public void start() {
    stopping = false;
    running = true;
  }

  /** Claims nothing more, waits for the row being sent, then releases what this node still holds. */
  @Override
  public void stop() {
    stopping = true;
    boolean idle = false;
    try {
      idle = dispatching.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    try {
      int released = outbox.releaseClaims(node, idle ? null : sending);
      if (released > 0) {
        LOG.info("Arrêt : {} notification(s) réservée(s) par ce nœud rendue(s) à la boîte d'envoi", released);
      }
    } catch (RuntimeException databaseGone) {
      LOG.warn("Arrêt : réservations non rendues (elles expireront d'elles-mêmes) : {}", databaseGone.getMessage());
    } finally {
      if (idle) {
        dispatching.unlock();
      }
      running = false;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void deliver(OutboxRow row) {
    Optional<String> error;
    MailTemplates.Rendered rendered = null;
    try {
      rendered = rendered(row);
      channel.send(rendered == null ? row : row.rendered(rendered.subject(), rendered.text(), rendered.html()));
      error = Optional.empty();
    } catch (Exception sendFailure) {
      error = Optional.of(reason(sendFailure));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (error.isEmpty()) {
      if (outbox.markSent(row.id(), node, now, rendered)) {
        sent.increment();
      } else {
        LOG.warn("Notification {} envoyée alors que sa réservation avait expiré", row.id());
      }
      return;
    }
    int attempt = row.attempts() + 1;
    if (attempt >= properties.getRetry().getMaxAttempts()) {
      if (outbox.markFailed(row.id(), node, now, error.get(), rendered)) {
        failed.increment();
      }
      LOG.error("Notification {} à {} abandonnée après {} essais : {}", row.id(), row.recipient(), attempt, error.get());
    } else {
      OffsetDateTime next = now.plus(properties.getRetry().backoffAfter(attempt));
      if (outbox.markRetry(row.id(), node, next, error.get(), rendered)) {
        retried.increment();
      }
      LOG.warn("Notification {} à {} : essai {} échoué ({}), nouvel essai à {}", row.id(), row.recipient(), attempt,
          error.get(), next);
    }
  }

  /**
   * A task mail is rendered here, after its step committed; its text is kept in the row with the
   * outcome (the same mail on a retry). A template that fails is retried, then failed, like a sending
   * that fails. Null: the row was written with its text.
   */
  private MailTemplates.Rendered rendered(OutboxRow row) {
    return row.toRender() ? templates.render(row.template(), MailModel.read(row.model())) : null;
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
