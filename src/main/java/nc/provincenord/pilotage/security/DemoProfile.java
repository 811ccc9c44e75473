package nc.provincenord.pilotage.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The demo world (accounts with a known password) only when asked for: by name
 * ({@code SPRING_PROFILES_ACTIVE=demo}, {@code PILOTAGE_DEMO=true}) or by the quick start,
 * which runs on the embedded H2 database with no profile chosen. Any other database, or
 * any explicit profile list, gets no demo unless it says so.
 */
public class DemoProfile implements EnvironmentPostProcessor, Ordered {

  static final String DEMO = "demo";
  static final String ENABLED = "pilotage.demo.enabled";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.matchesProfiles(DEMO)) {
      return;
    }
    String asked = environment.getProperty(ENABLED, "").trim();
    boolean quickStart = asked.isEmpty() && environment.getActiveProfiles().length == 0
        && isEmbeddedH2(environment.getProperty("spring.datasource.url", ""));
    if (Boolean.parseBoolean(asked) || quickStart) {
      environment.addActiveProfile(DEMO);
    }
  }

  static boolean isEmbeddedH2(String url) {
    return url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:./")
        || url.startsWith("jdbc:h2:~");
  }

  /** After the configuration files are read (ConfigDataEnvironmentPostProcessor). */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
