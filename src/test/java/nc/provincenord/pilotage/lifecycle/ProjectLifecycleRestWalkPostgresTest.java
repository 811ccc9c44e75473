package nc.provincenord.pilotage.lifecycle;

import java.util.Map;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.PostgresDatabase;
import nc.provincenord.pilotage.PostgresPilotage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same walk as on H2, on a fresh PostgreSQL database. */
@Tag(PilotageIntegrationTest.OWN_ENGINE)
class ProjectLifecycleRestWalkPostgresTest {

  @Test
  void shouldWalkAMajorProjectFromRequestToClosureOnPostgres() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.createFresh();
         ConfigurableApplicationContext pilotage = PostgresPilotage.start(database, true, Map.of())) {
      new ProjectLifecycleRestWalk(PostgresPilotage.restAsDemoUsers(pilotage), pilotage.getBean(JdbcClient.class))
          .walkFromRequestToClosure();
    }
  }
}
