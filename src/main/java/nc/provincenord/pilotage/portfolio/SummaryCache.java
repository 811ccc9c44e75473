package nc.provincenord.pilotage.portfolio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Summary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pictures of the portfolio page aggregate the whole filtered portfolio (the median per stage
 * reads all the stage history): they are kept {@code pilotage.portfolio.summary-cache} (one minute
 * by default, {@code PT0S} to turn off) per filter. The list of projects is always read live.
 */
@Component
class SummaryCache {

  private static final int MAX_ENTRIES = 500;

  private final Duration timeToLive;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  SummaryCache(@Value("${pilotage.portfolio.summary-cache:PT1M}") Duration timeToLive, Clock clock) {
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  Summary get(PortfolioFilter filter, Supplier<Summary> compute) {
    if (timeToLive.isZero() || timeToLive.isNegative()) {
      return compute.get();
    }
    String key = String.join("|", String.valueOf(filter.direction()), String.valueOf(filter.stage()),
        String.valueOf(filter.health()), String.valueOf(filter.commune()), String.valueOf(filter.year()),
        String.valueOf(filter.status()));
    Instant now = clock.instant();
    Entry cached = entries.get(key);
    if (cached != null && cached.expires().isAfter(now)) {
      return cached.summary();
    }
    Summary summary = compute.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(summary, now.plus(timeToLive)));
    return summary;
  }

  private record Entry(Summary summary, Instant expires) {
  }
}
