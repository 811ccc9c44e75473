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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same walk as on H2, on a fresh PostgreSQL database; and task counts against task lists there. */
@Tag(PilotageIntegrationTest.OWN_ENGINE)
class ProjectLifecycleRestWalkPostgresTest {

  private static PostgresDatabase database;
  private static ConfigurableApplicationContext pilotage;
  private static EngineRestClient rest;

  @BeforeAll
  static void start() throws Exception {
    database = PostgresDatabase.createFresh();
    pilotage = PostgresPilotage.start(database, true, Map.of());
    rest = PostgresPilotage.restAsDemoUsers(pilotage);
  }

  @AfterAll
  static void stop() throws Exception {
    try (PostgresDatabase closing = database) {
      if (pilotage != null) {
        pilotage.close();
      }
    }
  }

  @Test
  void shouldWalkAMajorProjectFromRequestToClosureOnPostgres() throws Exception {
    new ProjectLifecycleRestWalk(rest, pilotage.getBean(JdbcClient.class)).walkFromRequestToClosure();
  }

  @Test
  void postgresqlCountsTheTasksItListsForEveryUserAndQuery() throws Exception {
    MajorProject.requested(rest);
    MajorProject.atValidation(rest);

    assertThat(TaskCounts.countsMatchListsAndAreTakenByGrant(pilotage.getBean(ProcessEngine.class), rest)).isGreaterThan(20);
  }
}
