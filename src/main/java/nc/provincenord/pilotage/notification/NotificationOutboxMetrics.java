package nc.provincenord.pilotage.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * The outbox backlog as Prometheus gauges, read from the table at each scrape (so every node
 * reports the same, shared, figures): {@code pilotage_outbox_pending}, {@code pilotage_outbox_failed},
 * {@code pilotage_outbox_oldest_pending_seconds} (0 when nothing waits).
 */
@Component
class NotificationOutboxMetrics {

  NotificationOutboxMetrics(OutboxRepository outbox, Clock clock, MeterRegistry meters) {
    Gauge.builder("pilotage.outbox.pending", outbox, rows -> rows.count(OutboxStatus.PENDING))
        .description("Notifications en attente d'envoi (toutes les instances)").register(meters);
    Gauge.builder("pilotage.outbox.failed", outbox, rows -> rows.count(OutboxStatus.FAILED))
        .description("Notifications abandonnées, à relancer depuis la page d'administration").register(meters);
    Gauge.builder("pilotage.outbox.oldest.pending", outbox, rows -> rows.oldestPending()
            .map(oldest -> (double) Duration.between(oldest, OffsetDateTime.now(clock)).toSeconds()).orElse(0.0))
        .description("Âge de la plus ancienne notification en attente").baseUnit("seconds").register(meters);
  }
}
