package nc.provincenord.pilotage.tasklist;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.PostgresDatabase;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.portfolio.PortfolioBenchmark;
import nc.provincenord.pilotage.security.Role;
import nc.provincenord.pilotage.security.WebAppSession;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist at the province's scale, on demand only ({@code ./mvnw -Pbenchmark test}; never in
 * {@code ./mvnw verify}). On a fresh PostgreSQL database it seeds 10 000 projects (most by SQL, some
 * started for real through the lifecycle so that « Projets en cours » has tasks), 100 000 open tasks
 * through the engine (candidate groups, assignees, due dates, the project columns, the authorizations
 * the engine writes for them) and history up to 5 million rows; then it prints median and p95 of the
 * first page of each shared Tasklist filter through the web apps' API with its variable columns, as
 * Tasklist asks for it, of a task completion, of {@code /portefeuille} and of {@code /mes-demandes} (with the
 * decisions, watch items and publication requests of 500 requesters).
 * Figures also go to target/benchmark/tasklist.txt, the PostgreSQL plans to tasklist-explain.txt.
 */
class TasklistAtScaleBenchmark {

  static final int TASKS = Integer.getInteger("benchmark.tasks", 100_000);
  /** Tasks written by the engine itself; the rest are copies of them made by SQL (see {@link #copyTasks}). */
  static final int ENGINE_TASKS = Math.min(TASKS, Integer.getInteger("benchmark.engineTasks", 2_000));
  static final int PROJECTS = Integer.getInteger("benchmark.projects", 10_000);
  static final int LIFECYCLE_PROJECTS = Integer.getInteger("benchmark.lifecycleProjects", 500);
  static final long HISTORY_ROWS = Long.getLong("benchmark.historyRows", 5_000_000L);
  static final int REQUESTS = Integer.getInteger("benchmark.requests", 100);
  static final int WARM_UP = 20;
  static final String PROCESS_KEY = "scale-review";
  static final String TASK_KEY = "Task_ReviewItem";
  static final String[] GROUPS = {Role.PROJECT_MANAGERS.groupId(), Role.BUSINESS_OWNERS.groupId(), Role.DELIVERY.groupId(),
      Role.STEERING_COMMITTEE.groupId(), Role.COMMUNICATION.groupId(), Role.REFERENTS.groupId()};
  static final String PASSWORD = "demo";

  private final List<String> lines = new ArrayList<>();

  @Test
  void tasklistAtScale() throws Exception {
    try (PostgresDatabase database = withAutoExplain(PostgresDatabase.createFresh());
         ConfigurableApplicationContext context = PortfolioBenchmark.start(database)) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      String base = "http://localhost:" + port;

      timed("Projets par SQL", () -> {
        PortfolioBenchmark.seedProjects(jdbc, PROJECTS - LIFECYCLE_PROJECTS);
        return PROJECTS - LIFECYCLE_PROJECTS;
      });
      timed("Projets demandés par le cycle de vie", () -> startLifecycles(new EngineRestClient(base, PASSWORD)));
      List<String> keys = jdbc.queryForList("select business_key from project", String.class);
      timed("Tâches ouvertes par le moteur", () -> seedTasks(engine, context.getBean(TransactionTemplate.class), keys));
      timed("Tâches ouvertes copiées par SQL", () -> copyTasks(jdbc));
      timed("Historique", () -> seedHistory(jdbc));
      timed("Demandes de 500 demandeurs (décisions, veille, publications)", () -> seedRequests(jdbc));
      jdbc.execute("analyze");
      print("Jeu de données : %d projets, %d tâches ouvertes (%d du cycle de vie), %d autorisations, %d lignes d'historique",
          count(jdbc, "project"), count(jdbc, "act_ru_task"),
          jdbc.queryForObject("select count(*) from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_"
              + " where d.key_ = '" + LifecycleVariables.PROCESS_KEY + "'", Long.class),
          count(jdbc, "act_ru_authorization"), historyRows(jdbc));

      WebAppSession projectManager = WebAppSession.login(port, "cdp", PASSWORD);
      FilterService filters = engine.getFilterService();
      for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_TEAMS_TASKS, TasklistFilters.OVERDUE,
          TasklistFilters.RUNNING_PROJECTS)) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        String path = "/camunda/api/engine/engine/default/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15";
        measure("Tasklist « " + name + " », première page", () -> projectManager.postJson(path, TASKLIST_BODY, "application/hal+json"));
      }
      measureCompletion(engine, base);
      HttpClient http = HttpClient.newHttpClient();
      measure("Page /portefeuille (cdp)", () -> http.send(basicGet(base + "/portefeuille", "cdp"), HttpResponse.BodyHandlers.ofString()));
      measure("Page /mes-demandes (demandeur)",
          () -> http.send(basicGet(base + "/mes-demandes", "demandeur"), HttpResponse.BodyHandlers.ofString()));
      Path out = Path.of("target", "benchmark", "tasklist.txt");
      Files.createDirectories(out.getParent());
      Files.write(out, lines, StandardCharsets.UTF_8);
    }
  }

  /**
   * With {@code -Dbenchmark.autoExplain=<ms>}, PostgreSQL's auto_explain writes to the server log the plan (with
   * its actual times) of every statement slower than that: how the plans behind the figures were read.
   */
  private static PostgresDatabase withAutoExplain(PostgresDatabase database) throws java.sql.SQLException {
    String threshold = System.getProperty("benchmark.autoExplain");
    if (threshold != null) {
      String name = database.url().substring(database.url().lastIndexOf('/') + 1);
      String admin = database.url().substring(0, database.url().lastIndexOf('/') + 1) + "postgres";
      try (java.sql.Connection connection = java.sql.DriverManager.getConnection(admin, database.user(), database.password());
           java.sql.Statement statement = connection.createStatement()) {
        statement.execute("alter database " + name + " set session_preload_libraries = 'auto_explain'");
        statement.execute("alter database " + name + " set auto_explain.log_min_duration = " + Integer.parseInt(threshold));
        statement.execute("alter database " + name + " set auto_explain.log_analyze = on");
      }
    }
    return database;
  }

  /** What Tasklist 7.24 posts for a filter's list: its own sorting, the filter's columns as process variables. */
  static final String TASKLIST_BODY = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"sorting":[{"sortBy":"dueDate","sortOrder":"asc"}]}""";

  private int startLifecycles(EngineRestClient rest) {
    for (int i = 0; i < LIFECYCLE_PROJECTS; i++) {
      EngineRestClient.Response started = rest.submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(
          LifecycleVariables.TITLE.name(), "Projet de mesure " + i,
          LifecycleVariables.OBJECTIVE.name(), "Mesurer Tasklist à l'échelle.", LifecycleVariables.DIRECTION.name(), "DSI",
          LifecycleVariables.TYPE.name(), "SI", LifecycleVariables.ESTIMATED_BUDGET.name(), 1_000_000 + i,
          LifecycleVariables.COMMUNES.name(), List.of("98811")));
      if (started.status() != 200) {
        throw new IllegalStateException("démarrage refusé : " + started.status() + " " + started.text());
      }
    }
    return LIFECYCLE_PROJECTS;
  }

  /** Open tasks through the engine, 500 per transaction: the rows and authorizations a real step writes. */
  private int seedTasks(ProcessEngine engine, TransactionTemplate transactions, List<String> projectKeys) {
    engine.getRepositoryService().createDeployment().name(PROCESS_KEY)
        .addModelInstance(PROCESS_KEY + ".bpmn", Bpmn.createExecutableProcess(PROCESS_KEY).name("Mesure : revue d'un élément")
            .camundaHistoryTimeToLiveString("P180D")
            .startEvent("Event_ItemReceived").name("Élément reçu").sequenceFlowId("Flow_ToReview")
            .userTask(TASK_KEY).name("Revoir l'élément").sequenceFlowId("Flow_ToReviewed")
            .endEvent("Event_ItemReviewed").name("Élément revu").done())
        .deploy();
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    Random random = new Random(20_261_201L);
    int batch = 500;
    for (int first = 0; first < ENGINE_TASKS; first += batch) {
      int from = first;
      transactions.executeWithoutResult(status -> {
        for (int i = from; i < Math.min(ENGINE_TASKS, from + batch); i++) {
          String key = projectKeys.get(random.nextInt(projectKeys.size()));
          Map<String, Object> variables = new LinkedHashMap<>();
          variables.put(TaskColumns.PROJECT_CODE, key);
          variables.put(TaskColumns.PROJECT_TITLE, "Projet " + key);
          String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "REV-" + i, variables).getId();
          Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
          int draw = random.nextInt(100);
          if (draw < 20) {
            task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1 + random.nextInt(60)))));
          } else if (draw < 70) {
            task.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(1 + random.nextInt(90)))));
          }
          if (draw % 50 == 0) {
            task.setAssignee("cdp");
          } else if (draw % 3 == 0) {
            task.setAssignee(String.format("agent-%03d", random.nextInt(600)));
          }
          tasks.saveTask(task);
          tasks.addCandidateGroup(task.getId(), GROUPS[i % GROUPS.length]);
        }
      });
    }
    return ENGINE_TASKS;
  }

  /**
   * The engine's tasks copied up to {@link #TASKS} under new ids, with their execution, variables, candidate
   * groups and task authorizations: what the queries read. The copies are only read, never completed.
   */
  private long copyTasks(JdbcTemplate jdbc) {
    int copies = (int) Math.ceil((double) TASKS / ENGINE_TASKS) - 1;
    if (copies <= 0) {
      return 0;
    }
    String definition = "(select id_ from act_re_procdef where key_ = '" + PROCESS_KEY + "')";
    String instances = "(select id_ from act_ru_execution where proc_def_id_ in " + definition + " and id_ not like '%-c%')";
    String tasks = "(select id_ from act_ru_task where proc_def_id_ in " + definition + " and id_ not like '%-c%')";
    Set<String> ids = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_", "task_id_", "var_scope_", "resource_id_");
    copyRows(jdbc, "act_ru_execution", copies, "-c", ids, "proc_def_id_ in " + definition);
    copyRows(jdbc, "act_ru_task", copies, "-c", ids, "proc_def_id_ in " + definition);
    copyRows(jdbc, "act_ru_variable", copies, "-c", ids, "proc_inst_id_ in " + instances);
    copyRows(jdbc, "act_ru_identitylink", copies, "-c", ids, "task_id_ in " + tasks);
    copyRows(jdbc, "act_ru_authorization", copies, "-c", ids, "resource_type_ = 7 and resource_id_ in " + tasks);
    return jdbc.queryForObject("select count(*) from act_ru_task where id_ like '%-c%'", Long.class);
  }

  /** Each row of {@code table} matching {@code where}, {@code copies} times, its id columns suffixed with the copy's number. */
  private static void copyRows(JdbcTemplate jdbc, String table, int copies, String suffix, Set<String> idColumns, String where) {
    copyRows(jdbc, table, copies, suffix, idColumns, where, Map.of());
  }

  private static void copyRows(JdbcTemplate jdbc, String table, int copies, String suffix, Set<String> idColumns, String where,
                               Map<String, String> overrides) {
    List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_name = ?"
        + " order by ordinal_position", String.class, table);
    String select = columns.stream().map(column -> overrides.containsKey(column) ? overrides.get(column)
            : idColumns.contains(column) ? column + " || '" + suffix + "' || g" : column)
        .collect(Collectors.joining(", "));
    jdbc.execute("insert into " + table + " (" + String.join(", ", columns) + ") select " + select + " from " + table
        + " cross join generate_series(1, " + copies + ") g where id_ not like '%" + suffix + "%' and " + where);
  }

  /**
   * Ended instances' history up to {@link #HISTORY_ROWS}: the seeded rows copied by SQL under new ids
   * (history tables carry no foreign keys), as years of closed steps would leave them.
   */
  private long seedHistory(JdbcTemplate jdbc) {
    List<String> tables = List.of("act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail", "act_hi_identitylink",
        "act_hi_procinst");
    long existing = historyRows(jdbc);
    long missing = HISTORY_ROWS - existing;
    if (missing <= 0) {
      return existing;
    }
    int copies = (int) Math.ceil((double) HISTORY_ROWS / Math.max(1, existing)) - 1;
    Set<String> ids = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_", "task_id_", "act_inst_id_",
        "parent_act_inst_id_");
    // copies of ended instances: what was still open is closed a day after its start
    Map<String, String> ended = Map.of("end_time_", "coalesce(end_time_, start_time_ + interval '1 day')");
    for (String table : tables) {
      copyRows(jdbc, table, copies, "-h", ids, "true", table.equals("act_hi_procinst")
          ? Map.of("end_time_", ended.get("end_time_"), "state_", "'COMPLETED'") : table.endsWith("detail") || table.endsWith("varinst")
          || table.endsWith("identitylink") ? Map.of() : ended);
    }
    return historyRows(jdbc);
  }

  /**
   * What « Mes demandes » reads for each person: three decisions per project, and as many watch items and
   * publication requests as projects, spread over 500 requesters (« demandeur » among them).
   */
  private static long seedRequests(JdbcTemplate jdbc) {
    String requester = "case when g % 500 = 0 then 'demandeur' else 'demandeur' || (g % 500) end";
    jdbc.execute("""
        insert into project_decision (business_key, stage, kind, decision, decided_by, decided_at)
        select p.business_key, 'ANALYSIS', 'MOA_VALIDATION', 'APPROVE', 'moa' || (g % 200), now() - (g || ' minutes')::interval
        from project p cross join generate_series(1, 3) g""");
    jdbc.execute("""
        insert into watch_item (process_instance_id, title, summary, source_url, domain, relevance, submitted_at, submitted_by)
        select 'seed-watch-' || g, 'Veille ' || g, 'Résumé', 'https://example.nc/' || g, 'NUMERIQUE', 'HIGH',
               now() - (g || ' minutes')::interval, %s
        from generate_series(1, %d) g""".formatted(requester, PROJECTS));
    jdbc.execute("""
        insert into publication_request (process_instance_id, title, body, channels, audience, engages_policy, desired_date,
            requested_at, status, requested_by)
        select 'seed-pub-' || g, 'Publication ' || g, 'Texte', 'INTRANET', 'AGENTS', false, current_date + 10,
               now() - (g || ' minutes')::interval, 'REVIEW', %s
        from generate_series(1, %d) g""".formatted(requester, PROJECTS));
    return count(jdbc, "project_decision") + count(jdbc, "watch_item") + count(jdbc, "publication_request");
  }

  private static long historyRows(JdbcTemplate jdbc) {
    return jdbc.queryForObject("""
        select (select count(*) from act_hi_actinst) + (select count(*) from act_hi_taskinst)
          + (select count(*) from act_hi_varinst) + (select count(*) from act_hi_detail)
          + (select count(*) from act_hi_identitylink) + (select count(*) from act_hi_procinst)""", Long.class);
  }

  /** Completions by a project manager of tasks she holds, through the REST API (tasks written by the engine). */
  private void measureCompletion(ProcessEngine engine, String base) throws IOException, InterruptedException {
    List<Task> open = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .taskAssignee("cdp").listPage(0, WARM_UP + REQUESTS);
    HttpClient http = HttpClient.newHttpClient();
    int[] next = {0};
    measure("Terminer une tâche (REST, cdp)", () -> http.send(HttpRequest.newBuilder(
            URI.create(base + "/engine-rest/task/" + open.get(next[0]++).getId() + "/complete"))
        .header("Authorization", basic("cdp")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()));
  }

  private void measure(String label, Callable<HttpResponse<String>> call) throws IOException, InterruptedException {
    long[] times = new long[REQUESTS];
    for (int i = 0; i < WARM_UP + REQUESTS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response;
      try {
        response = call.call();
      } catch (IOException | InterruptedException | RuntimeException failure) {
        throw failure;
      } catch (Exception other) {
        throw new IllegalStateException(other);
      }
      long elapsed = System.nanoTime() - start;
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(label + " : " + response.statusCode() + " " + response.body());
      }
      if (i >= WARM_UP) {
        times[i - WARM_UP] = elapsed;
      }
    }
    Arrays.sort(times);
    print("%-50s médiane %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d requêtes)", label, PortfolioBenchmark.percentile(times, 50),
        PortfolioBenchmark.percentile(times, 95), times[times.length - 1] / 1e6, REQUESTS);
  }

  private <T> T timed(String label, Callable<T> step) throws Exception {
    long start = System.nanoTime();
    T result = step.call();
    print("Préparation — %s : %s (%.1f s)", label, result, (System.nanoTime() - start) / 1e9);
    return result;
  }

  private static HttpRequest basicGet(String url, String user) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user)).header("Accept", "text/html").GET().build();
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static long count(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private void print(String format, Object... arguments) {
    String line = String.format(Locale.FRANCE, format, arguments);
    lines.add(line);
    System.out.println("[benchmark] " + line);
  }
}
