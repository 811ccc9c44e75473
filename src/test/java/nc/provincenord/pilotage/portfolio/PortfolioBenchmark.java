package nc.provincenord.pilotage.portfolio;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import nc.provincenord.pilotage.PilotageApplication;
import nc.provincenord.pilotage.PostgresDatabase;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portfolio at scale, on demand only ({@code ./mvnw -Pbenchmark test}; its name matches none of
 * Surefire's test patterns, so {@code ./mvnw verify} never runs it). On a fresh PostgreSQL database
 * (see {@link PostgresDatabase}) it starts Pilotage, seeds 10 000 projects with their stage history,
 * status reports, communes and alerts, then prints the median and p95 response times of the
 * portfolio page and of {@code /api/projects} (first page, filtered page), and the time and peak
 * heap to build the weekly report. The figures are also written to target/benchmark/portfolio.txt.
 */
public class PortfolioBenchmark {

  static final int PROJECTS = Integer.getInteger("benchmark.projects", 10_000);
  static final int REQUESTS = Integer.getInteger("benchmark.requests", 100);
  static final int WARM_UP = 20;
  static final String[] DIRECTIONS = {"DSI", "DASSPS", "DEFIJ", "DDEE"};
  static final String[] COMMUNES = {"98801", "98804", "98807", "98808", "98810", "98811", "98833", "98812", "98819", "98822",
      "98823", "98824", "98825", "98826", "98827", "98830", "98831"};
  static final String[] HEALTH = {"GREEN", "GREEN", "GREEN", "AMBER", "RED"};
  /** People of the teams (agent-000 …): fewer than the projects, so many work on several at once. */
  static final int PEOPLE = Integer.getInteger("benchmark.people", 600);

  private final List<String> lines = new ArrayList<>();

  @Test
  void portfolioAtScale() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.createFresh();
         ConfigurableApplicationContext context = start(database)) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      long seedStart = System.nanoTime();
      seedProjects(jdbc, PROJECTS);
      jdbc.execute("analyze");
      print("Jeu de données : %d projets, %d étapes, %d rapports d'avancement, %d communes, %d alertes (%.1f s)", count(jdbc, "project"),
          count(jdbc, "project_stage"), count(jdbc, "status_report"), count(jdbc, "project_commune"), count(jdbc, "project_alert"),
          (System.nanoTime() - seedStart) / 1e9);
      print("Pilotage structuré : %d jalons, %d membres d'équipe, %d affectations mensuelles, %d risques (%d ouverts)",
          count(jdbc, "project_milestone"), count(jdbc, "project_team_member"), count(jdbc, "project_allocation"),
          count(jdbc, "project_risk"), jdbc.queryForObject("select count(*) from project_risk where status = 'OPEN'", Long.class));

      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      String base = "http://localhost:" + port;
      HttpClient http = HttpClient.newHttpClient();
      measure(http, base, "Page /portefeuille, première page", "/portefeuille");
      measure(http, base, "Page /portefeuille, page filtrée", "/portefeuille?direction=DSI&stage=REALISATION&health=RED&page=1");
      measure(http, base, "API /api/projects, première page", "/api/projects");
      measure(http, base, "API /api/projects, page filtrée", "/api/projects?direction=DSI&stage=REALISATION&health=RED&commune=98811&page=1");
      measure(http, base, "API /api/projects/summary (graphiques)", "/api/projects/summary");
      measure(http, base, "Feuille de route, première page", "/portefeuille/feuille-de-route");
      measure(http, base, "Feuille de route, page filtrée", "/portefeuille/feuille-de-route?direction=DSI&stage=REALISATION&page=1");
      measure(http, base, "Charge des équipes, 12 mois", "/portefeuille/charge");
      measure(http, base, "Charge des équipes, surcharges, page 2", "/portefeuille/charge?surcharge=true&page=1");
      measure(http, base, "Charge des équipes, direction DSI", "/portefeuille/charge?direction=DSI");
      measure(http, base, "Carte des risques", "/portefeuille/risques");
      measure(http, base, "Carte des risques, une case", "/portefeuille/risques?probabilite=4&impact=4");
      measure(http, base, "Carte des risques, tous statuts de projet", "/portefeuille/risques?status=");

      explainSteering(jdbc);
      uncachedSummary(context);
      weeklyReport(context);
      Path out = Path.of("target", "benchmark", "portfolio.txt");
      Files.createDirectories(out.getParent());
      Files.write(out, lines, StandardCharsets.UTF_8);
    }
  }

  /** Pilotage on the database, PostgreSQL profile and demo users, job executor and dispatcher off. */
  public static ConfigurableApplicationContext start(PostgresDatabase database) {
    Map<String, Object> properties = Map.of(
        "spring.datasource.url", database.url(),
        "spring.datasource.username", database.user(),
        "spring.datasource.password", database.password(),
        "server.port", 0,
        "camunda.bpm.job-execution.enabled", false,
        "pilotage.notification.dispatcher.enabled", false,
        "pilotage.demo.password", "demo",
        "logging.level.root", "warn");
    String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(PilotageApplication.class).profiles("postgres", "demo").run(arguments);
  }

  /** Seeds {@code count} projects in batches of 1 000 with plain JDBC batches. */
  public static void seedProjects(JdbcTemplate jdbc, int count) {
    Random random = new Random(20_260_101L);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(11));
    ProjectStage[] stages = ProjectStage.values();
    int batch = 1_000;
    int[] perYear = new int[3000];
    for (int first = 0; first < count; first += batch) {
      List<Object[]> projects = new ArrayList<>();
      List<Object[]> stageRows = new ArrayList<>();
      List<Object[]> reports = new ArrayList<>();
      List<Object[]> communes = new ArrayList<>();
      List<Object[]> alerts = new ArrayList<>();
      Steering steering = new Steering();
      for (int i = first; i < Math.min(count, first + batch); i++) {
        OffsetDateTime created = now.minusDays(random.nextInt(5 * 365));
        int year = created.getYear();
        String key = String.format("PRJ-%d-%04d", year, ++perYear[year]);
        ProjectStage stage = stages[random.nextInt(stages.length)];
        boolean closed = stage == ProjectStage.CLOSURE && random.nextBoolean();
        boolean reported = stage.ordinal() >= ProjectStage.REALISATION.ordinal();
        String health = reported ? HEALTH[random.nextInt(HEALTH.length)] : null;
        long estimated = (1 + random.nextInt(80)) * 1_000_000L;
        Long allocated = stage.ordinal() > ProjectStage.ARBITRATION.ordinal() ? estimated + random.nextInt(10) * 500_000L : null;
        Long consumed = reported ? (long) (estimated * random.nextDouble()) : null;
        LocalDate plannedEnd = allocated == null ? null : created.toLocalDate().plusMonths(6 + random.nextInt(18));
        projects.add(new Object[] {key, "pi-" + key, "Projet " + key + " — " + DIRECTIONS[i % 4], "Objectif du projet " + key,
            DIRECTIONS[random.nextInt(DIRECTIONS.length)], closed ? "CLOSED" : "ACTIVE", random.nextBoolean() ? "STANDARD" : "MAJOR",
            stage.name(), estimated, allocated, allocated, consumed, Date.valueOf(created.toLocalDate().plusMonths(6)),
            plannedEnd == null ? null : Date.valueOf(plannedEnd), plannedEnd == null ? null : Date.valueOf(plannedEnd.plusDays(random.nextInt(60))),
            health, health, health, health, Timestamp.from(created.toInstant()), closed ? Timestamp.from(now.toInstant()) : null});
        OffsetDateTime entered = created;
        for (int s = 0; s <= stage.ordinal(); s++) {
          OffsetDateTime left = s == stage.ordinal() && !closed ? null : entered.plusHours(6 + random.nextInt(24 * 40));
          stageRows.add(new Object[] {key, stages[s].name(), Timestamp.from(entered.toInstant()),
              left == null ? null : Timestamp.from(left.toInstant())});
          entered = left == null ? entered : left;
        }
        if (reported) {
          for (int r = 1; r <= 3; r++) {
            reports.add(new Object[] {key, 20 * r, consumed == null ? 0 : consumed * r / 3, allocated == null ? estimated : allocated,
                Date.valueOf(created.toLocalDate().plusMonths(12)), random.nextInt(3), health, health, health, health,
                Timestamp.from(created.plusDays(30L * r).toInstant())});
          }
          if ("RED".equals(health) && random.nextInt(4) == 0) {
            alerts.add(new Object[] {key, "HEALTH_RED", "REALISATION", Timestamp.from(now.minusDays(random.nextInt(14)).toInstant())});
          }
        }
        if ((stage == ProjectStage.VALIDATION || stage == ProjectStage.ARBITRATION) && random.nextInt(5) == 0) {
          alerts.add(new Object[] {key, "APPROVAL_ESCALATION", stage.name(), Timestamp.from(now.toInstant())});
        }
        int first_commune = random.nextInt(COMMUNES.length);
        int howMany = 1 + random.nextInt(3);
        for (int c = 0; c < howMany; c++) {
          boolean rollout = stage.ordinal() >= ProjectStage.PLANNING.ordinal();
          boolean installed = rollout && stage.ordinal() > ProjectStage.DEPLOYMENT.ordinal();
          communes.add(new Object[] {key, COMMUNES[(first_commune + c) % COMMUNES.length], true, rollout,
              installed ? Timestamp.from(now.toInstant()) : null, installed ? Timestamp.from(now.toInstant()) : null});
        }
        steering.add(random, key, stage, created, plannedEnd, now);
      }
      jdbc.batchUpdate("""
          insert into project (business_key, process_instance_id, title, objective, direction, project_type, status, track,
                               current_stage, requester, project_manager, estimated_budget, allocated_budget, planned_budget,
                               consumed_budget, desired_date, planned_end_date, forecast_end_date, revision_count,
                               health_cost, health_schedule, health_quality, health, created_at, closed_at)
          values (?, ?, ?, ?, ?, 'SI', ?, ?, ?, 'demandeur', 'cdp', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)""", projects);
      jdbc.batchUpdate("insert into project_stage (business_key, stage, entered_at, left_at) values (?, ?, ?, ?)", stageRows);
      jdbc.batchUpdate("""
          insert into status_report (business_key, progress_percent, consumed_budget, reference_budget, forecast_end_date,
                                     quality_issues, cost_health, schedule_health, quality_health, overall_health, reported_by,
                                     reported_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'cdp', ?)""", reports);
      jdbc.batchUpdate("""
          insert into project_commune (business_key, insee_code, concerned, rollout_site, installed_at, accepted_at)
          values (?, ?, ?, ?, ?, ?)""", communes);
      jdbc.batchUpdate("""
          insert into project_alert (business_key, kind, stage, recipients, message, created_at)
          values (?, ?, ?, 'groupe comite-pilotage', 'Alerte de test', ?)""", alerts);
      steering.insert(jdbc);
    }
    // The yearly counters follow the seeded codes, so that a project requested afterwards gets the next one.
    for (int year = 0; year < perYear.length; year++) {
      if (perYear[year] > 0) {
        jdbc.update("delete from project_counter where counter_year = ?", year);
        jdbc.update("insert into project_counter (counter_year, last_value) values (?, ?)", year, perYear[year]);
      }
    }
  }

  /** Milestones, team, monthly allocations and risks of one batch of projects. */
  private static final class Steering {
    final List<Object[]> milestones = new ArrayList<>();
    final List<Object[]> members = new ArrayList<>();
    final List<Object[]> allocations = new ArrayList<>();
    final List<Object[]> risks = new ArrayList<>();

    /** 3 to 6 milestones over the planned period, a team of 2 to 4 of {@link #PEOPLE} people, 0 to 4 risks. */
    void add(Random random, String key, ProjectStage stage, OffsetDateTime created, LocalDate plannedEnd, OffsetDateTime now) {
      if (stage.ordinal() < ProjectStage.PLANNING.ordinal()) {
        return;
      }
      LocalDate start = created.toLocalDate().plusMonths(2).withDayOfMonth(1);
      LocalDate end = plannedEnd != null && plannedEnd.isAfter(start) ? plannedEnd : start.plusMonths(12);
      long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
      int count = 3 + random.nextInt(4);
      boolean reported = stage.ordinal() >= ProjectStage.REALISATION.ordinal();
      for (int m = 1; m <= count; m++) {
        LocalDate planned = start.plusDays(days * m / count);
        LocalDate forecast = reported ? planned.plusDays(random.nextInt(60) - 10) : null;
        LocalDate actual = reported && forecast.isBefore(now.toLocalDate()) ? forecast : null;
        milestones.add(new Object[] {key, m, "Jalon " + m, Date.valueOf(planned), forecast == null ? null : Date.valueOf(forecast),
            actual == null ? null : Date.valueOf(actual)});
      }
      int size = 2 + random.nextInt(3);
      int firstPerson = random.nextInt(PEOPLE);
      for (int t = 0; t < size; t++) {
        String user = String.format("agent-%03d", (firstPerson + t * 37) % PEOPLE);
        members.add(new Object[] {key, user, t == 0 ? "Chef de projet" : "Membre de l'équipe"});
        int percent = 10 + 10 * random.nextInt(6);
        for (LocalDate month = start; month.isBefore(end); month = month.plusMonths(1)) {
          allocations.add(new Object[] {key, user, Date.valueOf(month), percent});
        }
      }
      for (int r = random.nextInt(5); r > 0; r--) {
        String status = random.nextInt(4) == 0 ? "CLOSED" : random.nextInt(3) == 0 ? "MITIGATED" : "OPEN";
        risks.add(new Object[] {key, "Risque " + r + " de " + key, 1 + random.nextInt(4), 1 + random.nextInt(4), "cdp",
            "Mesure d'atténuation " + r, status, Timestamp.from(now.minusDays(random.nextInt(90)).toInstant())});
      }
    }

    void insert(JdbcTemplate jdbc) {
      jdbc.batchUpdate("""
          insert into project_milestone (business_key, position, name, planned_date, forecast_date, actual_date)
          values (?, ?, ?, ?, ?, ?)""", milestones);
      jdbc.batchUpdate("insert into project_team_member (business_key, user_id, project_role) values (?, ?, ?)", members);
      jdbc.batchUpdate("insert into project_allocation (business_key, user_id, allocation_month, percent) values (?, ?, ?, ?)",
          allocations);
      jdbc.batchUpdate("""
          insert into project_risk (business_key, title, probability, impact, owner, mitigation, status, updated_at)
          values (?, ?, ?, ?, ?, ?, ?, ?)""", risks);
    }
  }

  private void measure(HttpClient http, String base, String label, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("copil:demo".getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    long[] times = new long[REQUESTS];
    for (int i = 0; i < WARM_UP + REQUESTS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long elapsed = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " : " + response.statusCode() + " " + response.body());
      }
      if (i >= WARM_UP) {
        times[i - WARM_UP] = elapsed;
      }
    }
    Arrays.sort(times);
    print("%-45s médiane %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d requêtes)", label, percentile(times, 50), percentile(times, 95),
        times[times.length - 1] / 1e6, REQUESTS);
  }

  /** The plans of the steering pages' heaviest statements (default scope: projects in progress), in target/benchmark. */
  private static void explainSteering(JdbcTemplate jdbc) throws IOException {
    LocalDate month = LocalDate.now(ZoneOffset.ofHours(11)).withDayOfMonth(1);
    Map<String, String> statements = new java.util.LinkedHashMap<>();
    statements.put("Charge : personnes de la page et leur nombre", """
        select m.user_id, count(*) over () as total from (
          select a.user_id, a.allocation_month, sum(a.percent) as total, count(*) as projects
          from project_allocation a
          where a.allocation_month >= '%s' and a.allocation_month < '%s'
            and a.business_key in (select p.business_key from project p where p.status = 'ACTIVE')
          group by a.user_id, a.allocation_month) m
        group by m.user_id order by m.user_id limit 50""".formatted(month, month.plusMonths(12)));
    statements.put("Carte des risques : cases", """
        select r.probability, r.impact, count(*) from project_risk r
        where r.status = 'OPEN' and r.business_key in (select p.business_key from project p where p.status = 'ACTIVE')
        group by r.probability, r.impact""");
    statements.put("Carte des risques : une case, première page", """
        select r.id, r.title, (select t.title from project t where t.business_key = r.business_key) from project_risk r
        where r.status = 'OPEN' and r.business_key in (select p.business_key from project p where p.status = 'ACTIVE')
          and r.probability = 4 and r.impact = 4
        order by r.probability * r.impact desc, r.impact desc, r.updated_at desc, r.id desc limit 50""");
    List<String> plans = new ArrayList<>();
    statements.forEach((label, sql) -> {
      plans.add("== " + label);
      plans.addAll(jdbc.queryForList("explain (analyze, buffers) " + sql, String.class));
    });
    Path out = Path.of("target", "benchmark", "steering-explain.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, plans, StandardCharsets.UTF_8);
  }

  /** The charts' figures without the one-minute cache of the page (what the first visitor of a minute waits). */
  private void uncachedSummary(ConfigurableApplicationContext context) {
    PortfolioQueries queries = context.getBean(PortfolioQueries.class);
    int runs = 30;
    long[] times = new long[runs];
    for (int i = 0; i < runs + 5; i++) {
      long start = System.nanoTime();
      queries.computeSummary(PortfolioFilter.all());
      if (i >= 5) {
        times[i - 5] = System.nanoTime() - start;
      }
    }
    Arrays.sort(times);
    print("%-45s médiane %6.1f ms   p95 %6.1f ms   (%d calculs)", "Graphiques sans cache (tout le portefeuille)",
        percentile(times, 50), percentile(times, 95), runs);
  }

  private void weeklyReport(ConfigurableApplicationContext context) throws InterruptedException {
    PortfolioReportService reports = context.getBean(PortfolioReportService.class);
    TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int run = 1; run <= 3; run++) {
      System.gc();
      Thread.sleep(200);
      long baseline = memory.getHeapMemoryUsage().getUsed();
      AtomicLong peak = new AtomicLong(baseline);
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(5);
          } catch (InterruptedException stop) {
            return;
          }
        }
      });
      sampler.start();
      long start = System.nanoTime();
      long id = transaction.execute(status -> reports.compileWeekly());
      double seconds = (System.nanoTime() - start) / 1e9;
      sampler.interrupt();
      sampler.join();
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      Map<String, Object> sizes = jdbc.queryForMap("select length(csv) as csv, length(pdf) as pdf, length(html) as html"
          + " from portfolio_report where id = ?", id);
      print("Rapport hebdomadaire, essai %d : %.2f s ; tas au repos %d Mo, pic %d Mo (+%d Mo) ; CSV %s car., PDF %s octets, HTML %s car.",
          run, seconds, baseline >> 20, peak.get() >> 20, (peak.get() - baseline) >> 20, sizes.get("csv"), sizes.get("pdf"),
          sizes.get("html"));
    }
    print("Tas maximal de la JVM : %d Mo", Runtime.getRuntime().maxMemory() >> 20);
  }

  /** The {@code percent}-th percentile of sorted nanosecond times, in milliseconds. */
  public static double percentile(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static long count(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private void print(String format, Object... arguments) {
    String line = String.format(java.util.Locale.FRANCE, format, arguments);
    lines.add(line);
    System.out.println("[benchmark] " + line);
  }
}
