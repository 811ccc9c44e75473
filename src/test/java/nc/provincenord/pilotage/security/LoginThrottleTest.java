package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock moved by hand. */
class LoginThrottleTest {

  private static final String ADDRESS = "203.0.113.7";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T22:00:00Z"), ZoneId.of("Pacific/Noumea"));
  private final LoginThrottle throttle = new LoginThrottle(clock, new LoginThrottle.Settings(
      1, Duration.ofSeconds(1), Duration.ofMinutes(1), 10, 20, 100, Duration.ofMinutes(15), java.util.Set.of("127.0.0.1")));

  @Test
  void delaysDoubleAfterTheFreeFailureUpToTheMaximum() {
    throttle.failed("referent", ADDRESS);
    assertThat(throttle.refusal("referent", ADDRESS)).as("one typo costs nothing").isEmpty();

    throttle.failed("referent", ADDRESS);
    assertThat(throttle.refusal("referent", ADDRESS)).hasValueSatisfying(refusal -> {
      assertThat(refusal.message()).isEqualTo("Trop de tentatives de connexion : réessayez dans 1 seconde.");
      assertThat(refusal.retryAfterSeconds()).isEqualTo(1);
      assertThat(refusal.locked()).isFalse();
    });
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.refusal("referent", ADDRESS)).isEmpty();

    throttle.failed("referent", ADDRESS);
    assertThat(throttle.refusal("referent", ADDRESS).orElseThrow().retryAfterSeconds()).isEqualTo(2);
    for (int failures = 4; failures <= 9; failures++) {
      clock.advance(Duration.ofMinutes(1));
      throttle.failed("referent", ADDRESS);
    }
    assertThat(throttle.refusal("referent", ADDRESS).orElseThrow().retryAfterSeconds()).as("capped").isEqualTo(60);
  }

  @Test
  void tenFailuresLockTheAccountForFifteenMinutesAndTheLockEndsByItself() {
    fail("admin", 10);
    LoginThrottle.Refusal locked = throttle.refusal("admin", "198.51.100.1").orElseThrow();
    assertThat(locked.locked()).isTrue();
    // 22:00 UTC + 183 s of delays (1+2+4+…+32+60+60) + 15 minutes = 09:18 in Nouméa (UTC+11).
    assertThat(locked.message()).isEqualTo("Ce compte est bloqué après trop d'échecs de connexion : réessayez à 09:18 "
        + "ou demandez à un administrateur de le débloquer.");

    clock.advance(Duration.ofMinutes(14));
    assertThat(throttle.refusal("ADMIN", "198.51.100.1")).as("the account, whatever its case").isPresent();
    clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.refusal("admin", "198.51.100.1")).as("the lock expired").isEmpty();

    throttle.failed("admin", "198.51.100.1");
    assertThat(throttle.refusal("admin", "198.51.100.1")).as("failures were forgotten with the lock").isEmpty();
  }

  @Test
  void refusedAttemptsDoNotLengthenTheLock() {
    fail("cdp", 10);
    for (int i = 0; i < 100; i++) {
      clock.advance(Duration.ofSeconds(8));
      assertThat(throttle.refusal("cdp", ADDRESS)).isPresent();
    }
    clock.advance(Duration.ofSeconds(100));
    assertThat(throttle.refusal("cdp", "198.51.100.1")).isEmpty();
  }

  @Test
  void anAdministratorUnlocksAndASuccessForgets() {
    fail("moa", 10);
    throttle.unlock("moa");
    assertThat(throttle.refusal("moa", "198.51.100.1")).isEmpty();

    throttle.failed("moe", ADDRESS);
    throttle.failed("moe", ADDRESS);
    clock.advance(Duration.ofSeconds(1));
    throttle.succeeded("moe");
    throttle.failed("moe", ADDRESS);
    assertThat(throttle.refusal("moe", "198.51.100.1")).as("the count started again").isEmpty();
  }

  @Test
  void oneAddressTryingManyAccountsIsSlowedThenLockedButOnlyItself() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("inconnu" + i, ADDRESS);
    }
    assertThat(throttle.refusal("comm", ADDRESS)).isEmpty();
    throttle.failed("inconnu-20", ADDRESS);
    assertThat(throttle.refusal("comm", ADDRESS)).hasValueSatisfying(
        refusal -> assertThat(refusal.message()).startsWith("Trop de tentatives de connexion"));
    assertThat(throttle.refusal("comm", "198.51.100.1")).as("other addresses are not slowed").isEmpty();
    for (int i = 0; i < 30; i++) {
      throttle.failed("inconnu-local" + i, "127.0.0.1");
    }
    assertThat(throttle.refusal("comm", "127.0.0.1")).as("the machine itself is throttled per account only").isEmpty();

    for (int i = 21; i < 100; i++) {
      clock.advance(Duration.ofMinutes(1));
      throttle.failed("inconnu" + i, ADDRESS);
    }
    assertThat(throttle.refusal("comm", ADDRESS).orElseThrow().message())
        .startsWith("Trop d'échecs de connexion depuis votre poste : les connexions en sont bloquées jusqu'à");
  }

  /** Failures as an attacker makes them: each one as soon as the throttle lets it through. */
  private void fail(String account, int times) {
    for (int i = 0; i < times; i++) {
      throttle.refusal(account, ADDRESS).ifPresent(refusal -> clock.advance(Duration.ofSeconds(refusal.retryAfterSeconds())));
      assertThat(throttle.refusal(account, ADDRESS)).isEmpty();
      throttle.failed(account, ADDRESS);
    }
  }
}
