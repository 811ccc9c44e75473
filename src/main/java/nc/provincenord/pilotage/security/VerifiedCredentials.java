package nc.provincenord.pilotage.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic sends the password on every call: a password the identity service accepted is
 * remembered for {@code pilotage.security.directory-refresh} (30 s), as a salted SHA-256 digest
 * (a random salt of this JVM, never stored), with the groups read at the same time, so that a
 * script's next calls do not read the user and its groups again. Only successes are remembered;
 * the {@link LoginThrottle} is asked before this cache. Any change of an account, a membership or
 * a group through the engine forgets everything at once ({@code engine.VerifiedCredentialsPlugin}); a
 * change made in LDAP outside Pilotage is seen within the time to live, like the sessions' groups.
 */
@Component
public class VerifiedCredentials {

  private final byte[] salt = new byte[32];
  private final AtomicLong generation = new AtomicLong();
  private final Cache<String, Verified> cache;

  public VerifiedCredentials(@Value("${pilotage.security.directory-refresh:PT30S}") Duration timeToLive) {
    new SecureRandom().nextBytes(salt);
    cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).build();
  }

  /** The generation to hand to {@link #remember} once the password is checked: read it before. */
  long generation() {
    return generation.get();
  }

  /** The groups of a user whose same password was accepted within the time to live, if any. */
  Optional<List<GrantedAuthority>> authorities(String userId, String password) {
    Verified verified = cache.getIfPresent(userId);
    if (verified == null || verified.generation() != generation.get()
        || !MessageDigest.isEqual(verified.digest(), digest(userId, password))) {
      return Optional.empty();
    }
    return Optional.of(verified.authorities());
  }

  /** Remembers a password just accepted, unless an account changed since {@code checkedAt} was read. */
  void remember(String userId, String password, List<GrantedAuthority> authorities, long checkedAt) {
    if (checkedAt == generation.get()) {
      cache.put(userId, new Verified(digest(userId, password), List.copyOf(authorities), checkedAt));
    }
  }

  /** Accounts, groups or memberships changed: every password and group list is checked again. */
  public void forgetAll() {
    generation.incrementAndGet();
    cache.invalidateAll();
  }

  private byte[] digest(String userId, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(userId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private record Verified(byte[] digest, List<GrantedAuthority> authorities, long generation) {
  }
}
