package nc.provincenord.pilotage.security;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link DirectoryCache}s of other modules (the mails' recipients, the tenants of REST calls),
 * all bound to the logins' generation and to {@code pilotage.security.directory-refresh} (30 s).
 */
@Component
public class DirectoryCaches {

  private final VerifiedCredentials changes;
  private final Duration timeToLive;
  private final Ticker ticker;

  @Autowired
  public DirectoryCaches(VerifiedCredentials changes, @Value("${pilotage.security.directory-refresh:PT30S}") Duration timeToLive) {
    this(changes, timeToLive, Ticker.systemTicker());
  }

  /** Tests move time on instead of waiting. */
  DirectoryCaches(VerifiedCredentials changes, Duration timeToLive, Ticker ticker) {
    this.changes = changes;
    this.timeToLive = timeToLive;
    this.ticker = ticker;
  }

  public <K, V> DirectoryCache<K, V> newCache() {
    return new DirectoryCache<>(changes::generation, timeToLive, ticker);
  }
}
