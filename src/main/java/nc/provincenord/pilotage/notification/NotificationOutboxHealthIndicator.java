package nc.provincenord.pilotage.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code notificationOutbox}: leaves UP (to DOWN or
 * OUT_OF_SERVICE, configurable) when more failed rows than the threshold are kept.
 */
@Component
class NotificationOutboxHealthIndicator implements HealthIndicator {

  private final OutboxRepository outbox;
  private final NotificationProperties properties;
  private final Clock clock;

  NotificationOutboxHealthIndicator(OutboxRepository outbox, NotificationProperties properties, Clock clock) {
    this.outbox = outbox;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public Health health() {
    long failed = outbox.count(OutboxStatus.FAILED);
    long pending = outbox.count(OutboxStatus.PENDING);
    int threshold = properties.getHealth().getFailedThreshold();
    Health.Builder health = failed > threshold
        ? Health.status(new Status(properties.getHealth().getStatusWhenExceeded(),
            failed + " notifications en échec (seuil : " + threshold + ")"))
        : Health.up();
    health.withDetail("failed", failed).withDetail("pending", pending).withDetail("failedThreshold", threshold);
    outbox.oldestPending().ifPresent(oldest ->
        health.withDetail("oldestPendingAgeSeconds", Duration.between(oldest, OffsetDateTime.now(clock)).toSeconds()));
    return health.build();
  }
}
