package nc.provincenord.pilotage.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** What operators do with the outbox: see failed rows and put them back in the queue. */
@Service
public class NotificationAdministration {

  static final int LIST_LIMIT = 500;

  private final OutboxRepository outbox;
  private final Clock clock;

  NotificationAdministration(OutboxRepository outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  public List<OutboxRow> failed() {
    return outbox.failed(LIST_LIMIT);
  }

  public long count(OutboxStatus status) {
    return outbox.count(status);
  }

  /**
   * Retention: deletes the rows sent before the instant (pending and failed rows are kept whatever
   * their age). A mail so removed no longer guards its event key: the same event asked again after
   * that would be sent again. One conditional DELETE: two nodes running it at once do no harm.
   */
  public int forgetSentBefore(OffsetDateTime before) {
    return outbox.deleteSentBefore(before);
  }

  /** @return false when the row does not exist or is not failed */
  public boolean retry(long id) {
    return outbox.retry(id, OffsetDateTime.now(clock));
  }
}
