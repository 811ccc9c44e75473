package nc.provincenord.pilotage.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Login throttling, consulted before a password is checked: after a failure, the next attempt
 * for the same account, or from the same client address, must wait a delay that doubles with
 * each failure; after too many failures the account (or address) is locked for a while. Refused
 * attempts are not counted, so nobody can lengthen a lock: it ends {@code lockDuration} after the
 * last real failure, by itself. Failures are forgotten after {@code lockDuration} without one.
 * State lives in memory, per node.
 */
@Component
class LoginThrottle {

  private static final int PRUNE_ABOVE = 10_000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);

  private final Clock clock;
  private final Settings settings;
  private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
  private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock, Settings settings) {
    this.clock = clock;
    this.settings = settings;
  }

  /** Why this attempt must not even be checked, if it must not. */
  Optional<Refusal> refusal(String account, String address) {
    Instant now = clock.instant();
    Optional<Refusal> byAccount = waitUntil(accounts.get(key(account)), settings.freeFailures(),
        settings.accountLockFailures(), now)
        .map(until -> refusal(until, now, isLocked(accounts.get(key(account)), settings.accountLockFailures()), false));
    if (byAccount.isPresent()) {
      return byAccount;
    }
    if (isUnthrottled(address)) {
      return Optional.empty();
    }
    return waitUntil(addresses.get(address), settings.addressFreeFailures(), settings.addressLockFailures(), now)
        .map(until -> refusal(until, now, isLocked(addresses.get(address), settings.addressLockFailures()), true));
  }

  void failed(String account, String address) {
    Instant now = clock.instant();
    record(accounts, key(account), now);
    if (!isUnthrottled(address)) {
      record(addresses, address, now);
    }
  }

  void succeeded(String account) {
    accounts.remove(key(account));
  }

  /** An administrator lifts the lock of an account (Admin, « Débloquer l'utilisateur »). */
  void unlock(String account) {
    accounts.remove(key(account));
  }

  private Optional<Instant> waitUntil(Failures failures, int freeFailures, int lockFailures, Instant now) {
    if (failures == null || isForgotten(failures, now) || failures.count() <= freeFailures) {
      return Optional.empty();
    }
    Instant until = failures.last().plus(isLocked(failures, lockFailures)
        ? settings.lockDuration() : delay(failures.count() - freeFailures));
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  /** The machine itself (a local proxy that sends no X-Forwarded-For, health checks): accounts only. */
  private boolean isUnthrottled(String address) {
    return settings.unthrottledAddresses() != null && settings.unthrottledAddresses().contains(address);
  }

  private static boolean isLocked(Failures failures, int lockFailures) {
    return failures != null && failures.count() >= lockFailures;
  }

  /** The delay after the n-th failure beyond the free ones: first-delay, doubling, up to max-delay. */
  private Duration delay(int beyondFree) {
    int doublings = Math.min(beyondFree - 1, 30);
    Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
    return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
  }

  private boolean isForgotten(Failures failures, Instant now) {
    return !failures.last().plus(settings.lockDuration()).isAfter(now);
  }

  private void record(Map<String, Failures> failures, String key, Instant now) {
    if (failures.size() > PRUNE_ABOVE) {
      failures.values().removeIf(entry -> isForgotten(entry, now));
    }
    failures.compute(key, (k, previous) -> previous == null || isForgotten(previous, now)
        ? new Failures(1, now) : new Failures(previous.count() + 1, now));
  }

  private Refusal refusal(Instant until, Instant now, boolean locked, boolean byAddress) {
    long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    String at = TIME.format(until.atZone(clock.getZone()));
    String message;
    if (locked && byAddress) {
      message = "Trop d'échecs de connexion depuis votre poste : les connexions en sont bloquées jusqu'à " + at + ".";
    } else if (locked) {
      message = "Ce compte est bloqué après trop d'échecs de connexion : réessayez à " + at
          + " ou demandez à un administrateur de le débloquer.";
    } else {
      message = "Trop de tentatives de connexion : réessayez dans " + seconds + (seconds > 1 ? " secondes." : " seconde.");
    }
    return new Refusal(message, seconds, locked);
  }

  private static String key(String account) {
    return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
  }

  private record Failures(int count, Instant last) {
  }

  /** The French message for the login page and the API, and the seconds to wait (Retry-After). */
  record Refusal(String message, long retryAfterSeconds, boolean locked) {
  }

  @ConfigurationProperties("pilotage.login")
  record Settings(int freeFailures, Duration firstDelay, Duration maxDelay, int accountLockFailures,
      int addressFreeFailures, int addressLockFailures, Duration lockDuration, java.util.Set<String> unthrottledAddresses) {
  }
}
