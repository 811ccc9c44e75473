package nc.provincenord.pilotage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  @Test
  void shouldDoubleTheWaitAfterEachFailedAttemptUpToTheMaximum() {
    NotificationProperties.Retry retry = new NotificationProperties().getRetry();
    assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(retry.backoffAfter(5)).isEqualTo(Duration.ofMinutes(16));
    assertThat(retry.backoffAfter(30)).isEqualTo(Duration.ofHours(6));
  }
}
