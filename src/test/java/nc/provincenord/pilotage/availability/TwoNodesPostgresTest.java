package nc.provincenord.pilotage.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.PostgresDatabase;
import nc.provincenord.pilotage.PostgresPilotage;
import nc.provincenord.pilotage.lifecycle.ProjectLifecycleRestWalk;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Pilotage nodes on one fresh PostgreSQL database (issue 14, point 5), both with their job
 * executor and their mail dispatcher on, both sending to one real SMTP server (GreenMail). Node A
 * runs in the test's JVM, node B in a JVM of its own. Project lifecycles are walked concurrently
 * on both; the weekly report timer falls due while both job executors run; node B is killed
 * (SIGKILL) while it holds claimed outbox rows, its mail stuck at the SMTP server. Then: node A
 * sends B's rows once their claim has run out, every row is delivered exactly once (one mail per
 * row, no Message-ID twice), the timer ran once, and every project number is unique.
 */
@Tag(PilotageIntegrationTest.OWN_ENGINE)
class TwoNodesPostgresTest {

  private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(4);
  private static final int WALKS_PER_NODE = 2;

  @Test
  void shouldShareTheWorkAndLoseNothingWhenANodeIsKilledMidDispatch() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.createFresh();
         NodeAwareSmtp smtp = new NodeAwareSmtp()) {
      smtp.hold("node-b");
      try (ConfigurableApplicationContext nodeA = PostgresPilotage.start(database, true, node("node-a", smtp));
           ChildNode nodeB = ChildNode.start("two-nodes-node-b", database, node("node-b", smtp))) {
        nodeB.awaitReady(Duration.ofSeconds(150));
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);

        List<EngineRestClient> nodes = List.of(PostgresPilotage.restAsDemoUsers(nodeA), nodeB.restAsDemoUsers());
        ExecutorService users = Executors.newFixedThreadPool(nodes.size() * WALKS_PER_NODE);
        List<Future<String>> walks = new ArrayList<>();
        for (EngineRestClient node : nodes) {
          for (int i = 0; i < WALKS_PER_NODE; i++) {
            walks.add(users.submit(() -> new ProjectLifecycleRestWalk(node, jdbc).walkFromRequestToClosure()));
          }
        }
        // The weekly report falls due while both job executors are polling: it must run once.
        String reportJob = jdbc.sql("""
                select id_ from act_ru_job where process_def_key_ = 'portfolio-report' and handler_type_ = 'timer-start-event'""")
            .query(String.class).single();
        jdbc.sql("update act_ru_job set duedate_ = current_timestamp where id_ = :id").param("id", reportJob).update();
        List<String> businessKeys = new ArrayList<>();
        for (Future<String> walk : walks) {
          businessKeys.add(walk.get());
        }
        users.shutdown();

        assertThat(smtp.awaitHeld("node-b", Duration.ofSeconds(30))).as("le nœud B a commencé un envoi").isTrue();
        String heldMessageId = smtp.heldMessageIds().get(0);
        long heldRow = Long.parseLong(heldMessageId.replaceAll("\\D+", " ").trim().split(" ")[0]);
        assertThat(jdbc.sql("select claimed_by from notification_outbox where id = :id and status = 'PENDING'")
            .param("id", heldRow).query(String.class).single()).as("ligne réservée par le nœud B").isNotNull();
        long claimedByB = jdbc.sql("select count(*) from notification_outbox where status = 'PENDING' and claimed_by = "
            + "(select claimed_by from notification_outbox where id = :id)").param("id", heldRow).query(Long.class).single();
        nodeB.kill();
        smtp.releaseHeld();

        awaitTrue(Duration.ofSeconds(60), () -> jdbc.sql("select count(*) from notification_outbox where status <> 'SENT'")
            .query(Long.class).single() == 0 && reportEnded(jdbc));
        awaitTrue(Duration.ofSeconds(20), () -> jdbc.sql("select count(*) from notification_outbox where status <> 'SENT'")
            .query(Long.class).single() == 0);

        List<Long> rows = jdbc.sql("select id from notification_outbox order by id").query(Long.class).list();
        Map<String, Long> delivered = smtp.deliveredMessageIds();
        System.out.printf("Deux nœuds : %d projets, %d lignes de la boîte d'envoi, %d courriels remis, %d lignes réservées par B à sa mort%n",
            businessKeys.size(), rows.size(), smtp.delivered(), claimedByB);
        assertThat(delivered.values()).as("aucun Message-ID deux fois").allMatch(count -> count == 1);
        assertThat(delivered.keySet()).containsExactlyInAnyOrderElementsOf(
            rows.stream().map(id -> "<pilotage-notification-" + id + "@pilotage.province-nord.nc>").toList());
        assertThat(delivered).containsKey(heldMessageId);

        assertThat(businessKeys).doesNotHaveDuplicates().hasSize(nodes.size() * WALKS_PER_NODE);
        assertThat(jdbc.sql("select count(distinct business_key) from project").query(Long.class).single())
            .isEqualTo(jdbc.sql("select count(*) from project").query(Long.class).single());
        assertThat(jdbc.sql("""
                select count(*) from act_hi_procinst where proc_def_key_ = 'portfolio-report'""").query(Long.class).single()).as("rapports hebdomadaires").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from act_hi_job_log where job_id_ = :id and job_state_ = 2")
            .param("id", reportJob).query(Long.class).single()).as("exécutions réussies du minuteur").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from act_ru_incident").query(Long.class).single()).isZero();
      }
    }
  }

  private static boolean reportEnded(JdbcClient jdbc) {
    return jdbc.sql("""
            select count(*) from act_hi_procinst where proc_def_key_ = 'portfolio-report' and end_time_ is not null""").query(Long.class).single() > 0;
  }

  /** One node's settings: its job executor and dispatcher on, its own EHLO name, short claims. */
  private static Map<String, Object> node(String name, NodeAwareSmtp smtp) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("camunda.bpm.job-execution.enabled", true);
    properties.put("pilotage.notification.dispatcher.enabled", true);
    properties.put("pilotage.notification.dispatcher.interval", "PT0.5S");
    properties.put("pilotage.notification.dispatcher.batch-size", 5);
    properties.put("pilotage.notification.dispatcher.claim-timeout", CLAIM_TIMEOUT.toString());
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", smtp.port());
    properties.put("spring.mail.properties.mail.smtp.localhost", name);
    properties.put("spring.mail.properties.mail.smtp.timeout", 120000);
    return properties;
  }

  private static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("attente dépassée (" + timeout + ")").isLessThan(deadline);
      Thread.sleep(250);
    }
  }
}
