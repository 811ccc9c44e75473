package nc.provincenord.pilotage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two dispatchers (two Pilotage nodes) against one PostgreSQL database with a few hundred
 * pending rows: every row is sent exactly once. Runs on a fresh database created on
 * 127.0.0.1:5432 and dropped afterwards; skipped when PostgreSQL is not there, except
 * on CI (environment variable CI set), where it fails.
 */
class OutboxPostgresConcurrencyTest {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final int ROWS = 300;

  static String database;
  static HikariDataSource dataSource;

  @BeforeAll
  static void createDatabase() throws Exception {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
      database = "pilotage_outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Statement statement = admin.createStatement()) {
        statement.execute("create database " + database);
      }
    } catch (SQLException unreachable) {
      String reason = "PostgreSQL injoignable sur 127.0.0.1:5432 (" + unreachable.getMessage() + ")";
      if (System.getenv("CI") != null) {
        fail(reason);
      }
      Assumptions.abort(reason + " : test ignoré hors CI");
    }
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(SERVER + database);
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(8);
    for (String changeLog : OUTBOX_CHANGELOGS) {
      SpringLiquibase liquibase = new SpringLiquibase();
      liquibase.setDataSource(dataSource);
      liquibase.setChangeLog("classpath:db/changelog/pilotage/" + changeLog);
      liquibase.setResourceLoader(new DefaultResourceLoader());
      liquibase.afterPropertiesSet();
    }
  }

  /** The outbox table as the application migrates it, attachments included. */
  private static final List<String> OUTBOX_CHANGELOGS = List.of("300-notification-outbox.yaml", "302-notification-attachment.yaml",
      "700-outbox-rendered-by-dispatcher.yaml");

  @AfterAll
  static void dropDatabase() throws Exception {
    if (dataSource != null) {
      dataSource.close();
    }
    if (database != null) {
      try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
           Statement statement = admin.createStatement()) {
        statement.execute("drop database if exists " + database + " with (force)");
      }
    }
  }

  @org.junit.jupiter.api.BeforeEach
  void emptyOutbox() {
    JdbcClient.create(dataSource).sql("delete from notification_outbox").update();
  }

  @Test
  void shouldSendEveryRowExactlyOnceWithTwoDispatchersRunningAtOnce() throws Exception {
    Clock clock = Clock.system(ZoneId.of("Pacific/Noumea"));
    OutboxRepository outbox = new OutboxRepository(dataSource);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    OffsetDateTime now = OffsetDateTime.now(clock);
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      for (int i = 0; i < ROWS; i++) {
        outbox.enqueue(message("concurrency:" + i, "agent" + i + "@province-nord.nc"), now);
      }
    });
    assertThat(outbox.count(OutboxStatus.PENDING)).isEqualTo(ROWS);

    Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    NotificationChannel recording = new NotificationChannel() {
      @Override
      public void send(OutboxRow message) throws Exception {
        deliveries.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
        Thread.sleep(2);
      }

      @Override
      public String name() {
        return "recording";
      }
    };
    NotificationProperties properties = new NotificationProperties();
    properties.getDispatcher().setBatchSize(20);
    List<NotificationDispatcher> nodes = List.of(
        new NotificationDispatcher(outbox, recording, null, properties, transactions, clock, new SimpleMeterRegistry()),
        new NotificationDispatcher(outbox, recording, null, properties, transactions, clock, new SimpleMeterRegistry()));

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
    List<Future<Integer>> handled = new ArrayList<>();
    for (NotificationDispatcher node : nodes) {
      handled.add(pool.submit(() -> {
        start.await();
        int total = 0;
        for (int claimed = node.dispatchOnce(); claimed > 0; claimed = node.dispatchOnce()) {
          total += claimed;
        }
        return total;
      }));
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

    int first = handled.get(0).get();
    int second = handled.get(1).get();
    System.out.printf("Deux dispatcheurs : %d + %d lignes traitées sur %d%n", first, second, ROWS);
    assertThat(first + second).isEqualTo(ROWS);
    assertThat(first).as("le premier nœud a travaillé").isPositive();
    assertThat(second).as("le second nœud a travaillé").isPositive();
    assertThat(deliveries).hasSize(ROWS);
    assertThat(deliveries.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    assertThat(outbox.count(OutboxStatus.SENT)).isEqualTo(ROWS);
    assertThat(outbox.count(OutboxStatus.PENDING)).isZero();
  }

  @Test
  void shouldTolerateADuplicateEventInsideAPostgresTransactionWithoutAbortingIt() {
    OutboxRepository outbox = new OutboxRepository(dataSource);
    OffsetDateTime now = OffsetDateTime.now();
    String key = "duplicate:" + UUID.randomUUID();
    List<Boolean> written = new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> List.of(
        outbox.enqueue(message(key, "cdp@province-nord.nc"), now),
        outbox.enqueue(message(key, "cdp@province-nord.nc"), now),
        outbox.enqueue(message(key, "moa@province-nord.nc"), now)));
    assertThat(written).containsExactly(true, false, true);
    assertThat(JdbcClient.create(dataSource).sql("select count(*) from notification_outbox where event_key = :key")
        .param("key", key).query(Long.class).single()).isEqualTo(2);
  }

  private static OutboxMessage message(String eventKey, String recipient) {
    return new OutboxMessage(eventKey, recipient, null, "message", "Essai " + eventKey, "Texte", "<p>Texte</p>");
  }
}
