package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo world only when asked for by name, or on the embedded H2 quick start. */
class DemoProfileTest {

  @Test
  void theQuickStartOnEmbeddedH2RunsTheDemo() {
    assertThat(demoAfter(env("jdbc:h2:file:./data/pilotage;DB_CLOSE_ON_EXIT=FALSE", ""))).isTrue();
    assertThat(demoAfter(env("jdbc:h2:mem:pilotage-it;DB_CLOSE_DELAY=-1", ""))).isTrue();
  }

  @Test
  void anotherDatabaseWithoutAProfileGetsNoDemo() {
    assertThat(demoAfter(env("jdbc:postgresql://db:5432/pilotage", ""))).isFalse();
    assertThat(demoAfter(env("jdbc:h2:tcp://serveur/pilotage", ""))).as("a shared H2 server is not the quick start").isFalse();
  }

  @Test
  void anExplicitProfileListTurnsTheDefaultOff() {
    MockEnvironment production = env("jdbc:h2:file:./data/pilotage", "");
    production.setActiveProfiles("postgres");
    assertThat(demoAfter(production)).isFalse();
  }

  @Test
  void askedForByNameTheDemoRunsAnywhereAndFalseTurnsItOff() {
    assertThat(demoAfter(env("jdbc:postgresql://db:5432/pilotage", "true"))).isTrue();
    MockEnvironment named = env("jdbc:postgresql://db:5432/pilotage", "");
    named.setActiveProfiles("postgres", "demo");
    assertThat(demoAfter(named)).isTrue();
    assertThat(demoAfter(env("jdbc:h2:file:./data/pilotage", "false"))).isFalse();
  }

  private static MockEnvironment env(String url, String demo) {
    return new MockEnvironment().withProperty("spring.datasource.url", url).withProperty(DemoProfile.ENABLED, demo);
  }

  private static boolean demoAfter(MockEnvironment environment) {
    new DemoProfile().postProcessEnvironment(environment, null);
    return environment.matchesProfiles("demo");
  }
}
