package nc.provincenord.pilotage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pilotage on a fresh PostgreSQL database, as in production: Liquibase creates
 * Camunda's schema and ours, a second start changes nothing, and a watch item
 * goes through the whole process.
 */
@org.junit.jupiter.api.Tag(PilotageIntegrationTest.OWN_ENGINE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresStartupTest {

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
  @Order(1)
  void refusesToStartWithoutAnAdministratorOutsideTheDemo() {
    assertThatThrownBy(() -> start(false, Map.of()).close())
        .hasStackTraceContaining("aucun compte administrateur n'est configuré")
        .hasStackTraceContaining("PILOTAGE_ADMIN_USER");
  }

  @Test
  @Order(2)
  void firstStartCreatesTheSchemaDeploysTheModelsAndOnlyTheAdministrator() {
    try (ConfigurableApplicationContext context = start(false, Map.of(
        "pilotage.admin.user", "dsi.admin", "pilotage.admin.password", "Secret-2026!"))) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      assertThat(count(jdbc, "select count(*) from databasechangelog where author = 'Camunda'")).isPositive();
      assertThat(count(jdbc, "select count(*) from databasechangelog where author = 'pilotage'")).isPositive();
      assertThat(count(jdbc, "select count(*) from information_schema.tables where table_name in ('act_ru_task', 'act_hi_procinst', 'watch_item')"))
          .isEqualTo(3);

      ProcessEngine engine = context.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(WatchVariables.PROCESS_KEY).count())
          .isEqualTo(1);
      assertThat(engine.getIdentityService().createUserQuery().list())
          .extracting(user -> user.getId()).containsExactly("dsi.admin");
      assertThat(engine.getIdentityService().createUserQuery().userId("dsi.admin").memberOfGroup("camunda-admin").count())
          .isEqualTo(1);
      assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(10);
    }
  }

  @Test
  @Order(3)
  void secondStartChangesNothingAndAWatchItemGoesThrough() {
    Map<String, Object> admin = Map.of("pilotage.admin.user", "dsi.admin", "pilotage.admin.password", "Secret-2026!");
    long changesets;
    long deployments;
    try (ConfigurableApplicationContext first = start(false, admin)) {
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      changesets = count(jdbc, "select count(*) from databasechangelog");
      deployments = first.getBean(ProcessEngine.class).getRepositoryService().createDeploymentQuery().count();
    }
    try (ConfigurableApplicationContext second = start(true, admin)) {
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(count(jdbc, "select count(*) from databasechangelog")).isEqualTo(changesets);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(WatchVariables.PROCESS_KEY)
          .latestVersion().singleResult().getVersion()).isEqualTo(1);

      EngineRestClient rest = PostgresPilotage.restAsDemoUsers(second);
      Response started = rest.submitStartForm("demandeur", WatchVariables.PROCESS_KEY, Map.of(
          WatchVariables.TITLE.name(), "Sauvegarde externalisée", WatchVariables.SUMMARY.name(), "Copie hors site des données communales.",
          WatchVariables.SOURCE_URL.name(), "https://example.nc/sauvegarde", WatchVariables.DOMAIN.name(), "DATA",
          WatchVariables.RELEVANCE.name(), "Les cyclones menacent les salles serveurs."));
      assertThat(started.status()).as(started.text()).isEqualTo(200);
      String instanceId = started.body().get("id").asText();
      String taskId = rest.tasks("cdp", instanceId).get(0).get("id").asText();
      assertThat(rest.completeTask("cdp", taskId, Map.of(WatchVariables.DECISION.name(), "ARCHIVE")).status()).isEqualTo(204);

      assertThat(jdbc.sql("select decision from watch_item where process_instance_id = ?").param(instanceId)
          .query(String.class).single()).isEqualTo("ARCHIVE");
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
          .singleResult().getEndActivityId()).isEqualTo("Event_WatchItemArchived");
    }
  }

  private static ConfigurableApplicationContext start(boolean demo, Map<String, Object> properties) {
    return PostgresPilotage.start(database, demo, properties);
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
