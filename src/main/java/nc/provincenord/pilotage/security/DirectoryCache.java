package nc.provincenord.pilotage.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values read from the directory (or beside it), kept exactly as fresh as the logins: a value is used only
 * if it was read at the current generation of {@link VerifiedCredentials} and within
 * {@code pilotage.security.directory-refresh}. So any account, group, membership or tenant written through
 * the engine makes the next read go to the directory at once, and a change made in LDAP outside Pilotage
 * is seen within the refresh time, as for the sessions. Made by {@link DirectoryCaches}.
 */
public final class DirectoryCache<K, V> {

  private final LongSupplier directoryGeneration;
  private final AtomicLong forgotten = new AtomicLong();
  private final Cache<K, Read<V>> reads;

  DirectoryCache(LongSupplier directoryGeneration, Duration timeToLive, Ticker ticker) {
    this.directoryGeneration = directoryGeneration;
    reads = Caffeine.newBuilder().expireAfterWrite(timeToLive).ticker(ticker).maximumSize(10_000).build();
  }

  /**
   * The value kept for {@code key}, or {@code read} now. A {@code null} read (the directory could not
   * answer) is returned and not kept; nor is a value read while something changed.
   */
  public V get(K key, Function<? super K, ? extends V> read) {
    long directory = directoryGeneration.getAsLong();
    long local = forgotten.get();
    Read<V> kept = reads.getIfPresent(key);
    if (kept != null && kept.directory() == directory && kept.local() == local) {
      return kept.value();
    }
    V value = read.apply(key);
    if (value != null && directory == directoryGeneration.getAsLong() && local == forgotten.get()) {
      reads.put(key, new Read<>(value, directory, local));
    }
    return value;
  }

  /** Forgets every value of this cache at once (in this JVM), a read under way included. */
  public void forgetAll() {
    forgotten.incrementAndGet();
    reads.invalidateAll();
  }

  private record Read<V>(V value, long directory, long local) {
  }
}
