package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: what other modules read of the directory is kept exactly as fresh as the logins — at the
 * generation of {@link VerifiedCredentials} and within {@code pilotage.security.directory-refresh}.
 */
class DirectoryCacheTest {

  private static final Duration REFRESH = Duration.ofSeconds(30);

  private final AtomicLong nanos = new AtomicLong();
  private final VerifiedCredentials logins = new VerifiedCredentials(REFRESH);
  private final DirectoryCache<String, String> cache = new DirectoryCaches(logins, REFRESH, nanos::get).newCache();
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void aValueIsReadOnceWithinTheRefreshTime() {
    assertThat(read("chefs-de-projet")).isEqualTo("chefs-de-projet#1");
    nanos.addAndGet(REFRESH.minusSeconds(1).toNanos());
    assertThat(read("chefs-de-projet")).isEqualTo("chefs-de-projet#1");
    assertThat(reads).hasValue(1);
  }

  @Test
  void aChangeMadeOutsidePilotageIsSeenOnceTheRefreshTimeHasPassed() {
    read("chefs-de-projet");
    nanos.addAndGet(REFRESH.toNanos());
    assertThat(read("chefs-de-projet")).isEqualTo("chefs-de-projet#2");
  }

  @Test
  void anAccountWrittenThroughTheEngineIsReadAgainAtOnce() {
    read("chefs-de-projet");
    logins.forgetAll(); // what engine.VerifiedCredentialsPlugin does around every identity write
    assertThat(read("chefs-de-projet")).isEqualTo("chefs-de-projet#2");
  }

  @Test
  void forgettingOneCacheReadsItAgainAtOnce() {
    read("chefs-de-projet");
    cache.forgetAll();
    assertThat(read("chefs-de-projet")).isEqualTo("chefs-de-projet#2");
  }

  @Test
  void aDirectoryThatCouldNotAnswerIsAskedAgainNextTime() {
    assertThat(cache.get("moa", key -> {
      reads.incrementAndGet();
      return null;
    })).isNull();
    assertThat(read("moa")).isEqualTo("moa#2");
    assertThat(read("moa")).isEqualTo("moa#2");
  }

  @Test
  void aValueReadWhileTheDirectoryChangedIsNotKept() {
    assertThat(cache.get("moe", key -> {
      logins.forgetAll(); // a membership written during the read
      return "lu avant le changement";
    })).isEqualTo("lu avant le changement");
    assertThat(read("moe")).isEqualTo("moe#1");
  }

  private String read(String key) {
    return cache.get(key, k -> k + "#" + reads.incrementAndGet());
  }
}
