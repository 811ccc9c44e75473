package nc.provincenord.pilotage.security;

import static nc.provincenord.pilotage.security.BasicChainTest.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nc.provincenord.pilotage.PilotageApplication;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The login throttle as an attacker meets it, over HTTP, on a Pilotage of its own whose clock the
 * test moves: delays, a lock that ends by itself, the administrator's unlock, and no lock for good.
 */
@Tag(PilotageIntegrationTest.OWN_ENGINE)
class LoginThrottleHttpTest {

  private static final String DEMO = PilotageIntegrationTest.DEMO_PASSWORD;
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T22:00:00Z"), ZoneId.of("Pacific/Noumea"));
  private static ConfigurableApplicationContext pilotage;
  private static int port;

  /** Not a @Configuration: the shared test context's component scan must not pick it up. */
  static class ControllableClock {
    @Bean
    @Primary
    Clock controllableClock() {
      return CLOCK;
    }
  }

  @BeforeAll
  static void start() {
    pilotage = new SpringApplicationBuilder(PilotageApplication.class, ControllableClock.class).run(
        "--spring.datasource.url=jdbc:h2:mem:throttle;DB_CLOSE_DELAY=-1", "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false", "--pilotage.notification.dispatcher.enabled=false");
    port = ((WebServerApplicationContext) pilotage).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    if (pilotage != null) {
      pilotage.close();
    }
  }

  @Test
  void aSecondFailureDelaysTheNextAttemptEvenWithTheRightPassword() throws Exception {
    AttackBrowser browser = new AttackBrowser(port);
    assertThat(failedLogin(browser, "referent")).isEqualTo("Identifiant ou mot de passe incorrect.");
    assertThat(failedLogin(browser, "referent")).isEqualTo("Identifiant ou mot de passe incorrect.");

    HttpResponse<String> tooSoon = browser.login("referent", DEMO);
    assertThat(tooSoon.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    assertThat(browser.get("/login?error").body()).contains("Trop de tentatives de connexion : réessayez dans 1 seconde.");
    HttpResponse<String> api = browser.get("/engine-rest/task", "Authorization", basic("referent", DEMO));
    assertThat(api.statusCode()).isEqualTo(429);
    assertThat(api.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(api.body()).contains("Trop de tentatives de connexion");

    CLOCK.advance(Duration.ofSeconds(1));
    assertThat(browser.login("referent", DEMO).headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith(SecurityConfiguration.WELCOME_PAGE));
  }

  @Test
  void tenFailuresLockForFifteenMinutesThenTheLockEndsByItselfAndNeverBecomesPermanent() throws Exception {
    for (int round = 1; round <= 3; round++) {
      lockByAttacker("astreinte");
      AttackBrowser owner = new AttackBrowser(port);
      owner.login("astreinte", DEMO);
      assertThat(owner.get("/login?error").body()).as("round " + round)
          .contains("Ce compte est bloqué après trop d&#39;échecs de connexion : réessayez à", "demandez à un administrateur");
      CLOCK.advance(Duration.ofMinutes(14));
      assertThat(new AttackBrowser(port).get("/engine-rest/task", "Authorization", basic("astreinte", DEMO)).statusCode())
          .isEqualTo(429);
      CLOCK.advance(Duration.ofMinutes(1));
    }
    // 30 real failures: Camunda's own lock (10 failures, for good) would refuse the right password now.
    assertThat(new AttackBrowser(port).get("/engine-rest/task", "Authorization", basic("astreinte", DEMO)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void anAdministratorUnlocksInAdminAndTheOwnerLogsInAtOnce() throws Exception {
    lockByAttacker("moa");
    assertThat(new AttackBrowser(port).get("/engine-rest/task", "Authorization", basic("moa", DEMO)).statusCode()).isEqualTo(429);

    AttackBrowser admin = new AttackBrowser(port);
    assertThat(admin.post("/engine-rest/user/moa/unlock", "application/json", "", "Authorization", basic("admin", DEMO))
        .statusCode()).isEqualTo(204);
    assertThat(new AttackBrowser(port).get("/engine-rest/task", "Authorization", basic("moa", DEMO)).statusCode()).isEqualTo(200);

    lockByAttacker("moe");
    assertThat(admin.post("/engine-rest/user/moe/unlock", "application/json", "", "Authorization", basic("cdp", DEMO))
        .statusCode()).as("only an administrator unlocks").isEqualTo(403);
    assertThat(new AttackBrowser(port).get("/engine-rest/task", "Authorization", basic("moe", DEMO)).statusCode()).isEqualTo(429);
    CLOCK.advance(Duration.ofMinutes(15));
  }

  @Test
  void oneClientAddressGuessingManyAccountsIsSlowedOthersAreNot() throws Exception {
    AttackBrowser attacker = new AttackBrowser(port);
    for (int i = 0; i <= 20; i++) {
      attacker.get("/engine-rest/task", "Authorization", basic("inconnu" + i, "devine"), "X-Forwarded-For", "203.0.113.9");
    }
    HttpResponse<String> slowed = attacker.get("/engine-rest/task", "Authorization", basic("comm", DEMO),
        "X-Forwarded-For", "203.0.113.9");
    assertThat(slowed.statusCode()).isEqualTo(429);
    assertThat(new AttackBrowser(port).get("/engine-rest/task", "Authorization", basic("comm", DEMO),
        "X-Forwarded-For", "198.51.100.4").statusCode()).isEqualTo(200);
    CLOCK.advance(Duration.ofMinutes(15));
    assertThat(pilotage.getBean(ProcessEngine.class).getIdentityService().checkPassword("comm", DEMO)).isTrue();
  }

  /** Wrong passwords as fast as the throttle lets them through, until the lock. */
  private static void lockByAttacker(String account) throws Exception {
    AttackBrowser attacker = new AttackBrowser(port);
    for (int failures = 0; failures < 10; ) {
      HttpResponse<String> answer = attacker.get("/engine-rest/task", "Authorization", basic(account, "devine"));
      if (answer.statusCode() == 429) {
        CLOCK.advance(Duration.ofSeconds(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())));
      } else {
        assertThat(answer.statusCode()).isEqualTo(401);
        failures++;
      }
    }
  }

  private static String failedLogin(AttackBrowser browser, String user) throws Exception {
    browser.login(user, "devine");
    String page = browser.get("/login?error").body();
    int start = page.indexOf("role=\"alert\">") + "role=\"alert\">".length();
    return page.substring(start, page.indexOf("</p>", start));
  }
}
