package nc.provincenord.pilotage;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Pilotage on a PostgreSQL database as production does: profile {@code postgres}, settings from outside. */
public final class PostgresPilotage {

  private PostgresPilotage() {
  }

  public static ConfigurableApplicationContext start(PostgresDatabase database, boolean demo, Map<String, Object> properties) {
    Map<String, Object> all = new HashMap<>(Map.of(
        "spring.datasource.url", database.url(),
        "spring.datasource.username", database.user(),
        "spring.datasource.password", database.password(),
        "server.port", 0,
        "camunda.bpm.job-execution.enabled", false,
        "pilotage.notification.dispatcher.enabled", false));
    all.putAll(properties);
    // Command-line arguments: they win over application-postgres.yaml, as environment variables would.
    String[] arguments = all.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
        .toArray(String[]::new);
    return new SpringApplicationBuilder(PilotageApplication.class)
        .profiles(demo ? new String[] {"postgres", "demo"} : new String[] {"postgres"})
        .run(arguments);
  }

  public static EngineRestClient restAsDemoUsers(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return new EngineRestClient("http://localhost:" + port, PilotageIntegrationTest.DEMO_PASSWORD);
  }
}
