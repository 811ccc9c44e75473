package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nc.provincenord.pilotage.PilotageApplication;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code docker run} with only a PostgreSQL URL and no profile: no demo world (it would not ask for
 * an administrator), and outside the demo a weak administrator password stops the start.
 */
@Tag(PilotageIntegrationTest.OWN_ENGINE)
class NoDemoByAccidentTest {

  private static PostgresDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = PostgresDatabase.createFresh();
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aPostgresUrlWithoutAnyProfileRunsNoDemoAndAsksForAnAdministrator() {
    assertThatThrownBy(() -> start().close()).hasStackTraceContaining("aucun compte administrateur n'est configuré");
  }

  @Test
  void aWeakAdministratorPasswordRefusesStartUp() {
    assertThatThrownBy(() -> start("--pilotage.admin.user=dsi.admin", "--pilotage.admin.password=demo").close())
        .hasStackTraceContaining("PILOTAGE_ADMIN_PASSWORD est trop faible")
        .hasStackTraceContaining("au moins 10 caractères");
  }

  private static org.springframework.context.ConfigurableApplicationContext start(String... more) {
    String[] base = {"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(), "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false", "--pilotage.notification.dispatcher.enabled=false"};
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
        .toArray(String[]::new);
    return new SpringApplicationBuilder(PilotageApplication.class).run(all);
  }
}
