package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.PostgresDatabase;
import nc.provincenord.pilotage.PostgresPilotage;
import nc.provincenord.pilotage.engine.TaskCounts;
import nc.provincenord.pilotage.security.MajorProject;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same walk as on H2, on a fresh PostgreSQL database; then task counts against task lists there. */
@Tag(PilotageIntegrationTest.OWN_ENGINE)
class ProjectLifecycleRestWalkPostgresTest {

  @Test
  void shouldWalkAMajorProjectFromRequestToClosureOnPostgres() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.createFresh();
         ConfigurableApplicationContext pilotage = PostgresPilotage.start(database, true, Map.of())) {
      EngineRestClient rest = PostgresPilotage.restAsDemoUsers(pilotage);
      new ProjectLifecycleRestWalk(rest, pilotage.getBean(JdbcClient.class)).walkFromRequestToClosure();

      // Two projects left open at their first steps: PostgreSQL counts what it lists (TaskCountByGrant).
      MajorProject.requested(rest);
      MajorProject.atValidation(rest);
      assertThat(TaskCounts.countsMatchListsAndAreTakenByGrant(pilotage.getBean(ProcessEngine.class), rest)).isGreaterThan(20);
    }
  }
}
