package nc.provincenord.pilotage.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.PostgresDatabase;
import nc.provincenord.pilotage.PostgresPilotage;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.lifecycle.ProjectLifecycleRestWalk;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.client.RestClient;

/**
 * PostgreSQL goes away and comes back (issue 14, point 4), on a fresh database: while it is away
 * the REST API and the pages answer 503 in French and nothing is written; then, during a whole
 * project walk, the test database's backends are ended again and again from an admin connection
 * ({@code pg_terminate_backend} once a second, what a PostgreSQL restart does to the pool): every call either
 * succeeds or answers the French 503 (and is sent again, as a user would), the pool reconnects by
 * itself, the walk reaches the closure, and no project exists without its process or the reverse.
 */
@Tag(PilotageIntegrationTest.OWN_ENGINE)
class DatabaseOutagePostgresTest {

  private static final String LIFECYCLE = LifecycleVariables.PROCESS_KEY;

  @Test
  void shouldAnswer503InFrenchWhileTheDatabaseIsAwayAndGoOnWhenItIsBack() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.createFresh();
         ConfigurableApplicationContext pilotage = PostgresPilotage.start(database, true, Map.of(
             "spring.datasource.hikari.connection-timeout", 1000,
             "spring.datasource.hikari.maximum-pool-size", 6));
         ServerSide server = new ServerSide(database)) {
      JdbcClient jdbc = pilotage.getBean(JdbcClient.class);
      EngineRestClient rest = PostgresPilotage.restAsDemoUsers(pilotage);
      long projectsBefore = projects(jdbc);

      server.goAway();
      Response refusedStart = rest.submitStartForm("demandeur", LIFECYCLE, request("Annuaire des associations"));
      Response refusedTasks = rest.get("cdp", "/engine-rest/task");
      Response refusedPage = page(rest.baseUrl(), "/mes-demandes");
      server.comeBack();

      for (Response refused : List.of(refusedStart, refusedTasks)) {
        assertThat(refused.status()).as(refused.text()).isEqualTo(503);
        assertThat(refused.body().get("type").asText()).isEqualTo(DatabaseOutageResponses.TYPE);
        assertThat(refused.message()).isEqualTo(DatabaseOutageResponses.MESSAGE);
        assertThat(refused.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(DatabaseOutageResponses.RETRY_AFTER_SECONDS);
        assertThat(refused.text()).doesNotContain("persistence layer");
      }
      assertThat(refusedPage.status()).isEqualTo(503);
      assertThat(refusedPage.headers().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
      assertThat(refusedPage.text()).contains("Service momentanément indisponible", "votre demande n'a pas abouti");

      // Back: the pool reconnects by itself within moments (the user tries again meanwhile), the refused
      // request now goes through, and it alone was written.
      List<Response> whileReconnecting = new CopyOnWriteArrayList<>();
      Response started = rest.retryingWhileUnavailable(whileReconnecting::add)
          .submitStartForm("demandeur", LIFECYCLE, request("Annuaire des associations"));
      System.out.printf("Retour de la base : %d réponse(s) 503 avant la reconnexion du pool%n",
          whileReconnecting.stream().filter(response -> response.status() == 503).count());
      assertThat(started.status()).as(started.text()).isEqualTo(200);
      assertThat(projects(jdbc)).isEqualTo(projectsBefore + 1);

      // The test's own reads after the cuts go through fresh connections (the pool may still hold ended ones,
      // which it replaces on their next use: a request would get them, not the test).
      JdbcClient direct = JdbcClient.create(new DriverManagerDataSource(database.url(), database.user(), database.password()));
      List<Response> responses = new CopyOnWriteArrayList<>();
      AtomicInteger succeeded = new AtomicInteger();
      AtomicInteger ended = new AtomicInteger();
      AtomicBoolean walking = new AtomicBoolean(true);
      ExecutorService restarts = Executors.newSingleThreadExecutor();
      Future<?> restarting = restarts.submit(() -> {
        while (walking.get()) {
          // Backends ended while calls are in flight; the next cut waits until the walk got one call
          // through, however slow the machine, so that the walk always moves on.
          ended.addAndGet(server.terminateBackends());
          int before = succeeded.get();
          while (walking.get() && succeeded.get() == before) {
            Thread.sleep(20);
          }
          Thread.sleep(150);
        }
        return null;
      });
      String businessKey;
      try {
        businessKey = new ProjectLifecycleRestWalk(rest.retryingWhileUnavailable(response -> {
          responses.add(response);
          if (response.text().contains("\"state\":\"COMPLETED\"")) {
            walking.set(false); // the process has ended: no more cuts while the walk reads the portfolio rows
          }
          if (response.status() < 300) {
            succeeded.incrementAndGet();
          }
        }), direct).walkFromRequestToClosure();
      } finally {
        walking.set(false);
        restarting.get(10, TimeUnit.SECONDS);
        restarts.shutdown();
      }
      List<Response> unavailable = responses.stream().filter(response -> response.status() == 503).toList();
      System.out.printf("Coupures pendant la marche : %d connexions terminées, %d appels, %d réponses 503 (projet %s)%n",
          ended.get(), responses.size(), unavailable.size(), businessKey);
      assertThat(ended.get()).as("connexions terminées pendant la marche").isPositive();
      assertThat(unavailable).as("réponses 503 pendant la marche").isNotEmpty();
      assertThat(unavailable).allSatisfy(refused -> {
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.message()).isEqualTo(DatabaseOutageResponses.MESSAGE);
      });

      // Nothing half-written: every project has its process and every lifecycle process its project,
      // no task belongs to a process without a project.
      assertThat(direct.sql("""
          select count(*) from project p where not exists (select 1 from act_hi_procinst h
            where h.business_key_ = p.business_key and h.proc_def_key_ = :key)""").param("key", LIFECYCLE)
          .query(Long.class).single()).isZero();
      assertThat(direct.sql("""
          select count(*) from act_hi_procinst h where h.proc_def_key_ = :key and h.super_process_instance_id_ is null
            and not exists (select 1 from project p where p.business_key = h.business_key_)""").param("key", LIFECYCLE)
          .query(Long.class).single()).isZero();
      assertThat(direct.sql("""
          select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
          where not exists (select 1 from project p where p.business_key = e.business_key_)""")
          .query(Long.class).single()).isZero();
      assertThat(direct.sql("select count(*) from project where business_key = :key").param("key", businessKey)
          .query(Long.class).single()).isEqualTo(1);
    }
  }

  private static Map<String, Object> request(String title) {
    return Map.of(
        LifecycleVariables.TITLE.name(), title,
        LifecycleVariables.OBJECTIVE.name(), "Recenser les associations de la province et leurs contacts.",
        LifecycleVariables.DIRECTION.name(), "DDEE",
        LifecycleVariables.TYPE.name(), "SI",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 3_000_000,
        LifecycleVariables.COMMUNES.name(), List.of("98811"),
        LifecycleVariables.DESIRED_DATE.name(), LocalDate.now().plusMonths(6).toString());
  }

  private static long projects(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from project").query(Long.class).single();
  }

  /** A page asked for by a browser (HTML), with the demandeur's password. */
  private static Response page(String baseUrl, String path) {
    return RestClient.create().get().uri(baseUrl + path)
        .header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
        .headers(headers -> headers.setBasicAuth("demandeur", PilotageIntegrationTest.DEMO_PASSWORD))
        .exchange((request, response) -> new Response(response.getStatusCode().value(), null,
            new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), response.getHeaders()));
  }
}
