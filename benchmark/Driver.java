import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same client for stock Camunda and Pilotage: deploys one synthetic process (start, five user
 * tasks for a candidate group, end), then drives it through the engine REST API, interleaving the
 * two apps round by round, with 1 and 4 client threads, and prints per-step p50/p95, ratios and
 * throughputs. Run by benchmark/run (java benchmark/Driver.java; plain JDK, no dependency).
 *
 * <p>Arguments: stockUrl pilotageUrl [rounds] [instancesPerThreadPerRound].
 * Environment: BENCH_USER/BENCH_PASSWORD (the user who starts and completes, a member of
 * BENCH_GROUP), BENCH_ADMIN/BENCH_ADMIN_PASSWORD (deploys, grants the start).
 */
public class Driver {

  static final String KEY = "benchmark-five-steps"; // ids as the model lint wants them
  static final String GROUP = env("BENCH_GROUP", "chefs-de-projet");
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  static final String[] STEPS = {"start", "query", "complete"};

  public static void main(String[] args) throws Exception {
    Target stock = new Target("stock", args[0] + "/engine-rest");
    Target pilotage = new Target("pilotage", args[1] + "/engine-rest");
    if (args.length > 2 && args[2].equals("sql")) {
      for (Target target : List.of(stock, pilotage)) {
        target.deploy();
      }
      pilotage.grantStart();
      new SqlCount().run(List.of(stock, pilotage), List.of(env("BENCH_STOCK_DB", "bench_stock"),
          env("BENCH_PILOTAGE_DB", "bench_pilotage")));
      return;
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int perThread = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    for (Target target : List.of(stock, pilotage)) {
      target.deploy();
    }
    pilotage.grantStart();
    int warmUp = Integer.parseInt(env("BENCH_WARMUP", "5"));
    for (Target target : List.of(stock, pilotage)) {
      target.run(2, warmUp); // warm-up, discarded
    }
    for (int threads : new int[] {1, 4}) {
      Results stockResults = new Results();
      Results pilotageResults = new Results();
      for (int round = 0; round < rounds; round++) {
        // interleaved, and in turn first, so that neither always runs on a warmer machine
        if (round % 2 == 0) {
          stockResults.add(stock.run(threads, perThread));
          pilotageResults.add(pilotage.run(threads, perThread));
        } else {
          pilotageResults.add(pilotage.run(threads, perThread));
          stockResults.add(stock.run(threads, perThread));
        }
      }
      print(threads, stockResults, pilotageResults);
    }
  }

  static void print(int threads, Results stock, Results pilotage) {
    System.out.printf(Locale.ROOT, "%n== %d client thread(s): %d instances each (5 tasks per instance) ==%n",
        threads, stock.instances, threads);
    System.out.printf(Locale.ROOT, "%-10s %12s %12s %12s %12s %8s %8s%n", "step", "stock p50", "pilotage p50",
        "stock p95", "pilotage p95", "×p50", "×p95");
    for (int step = 0; step < STEPS.length; step++) {
      double s50 = percentile(stock.samples.get(step), 50), p50 = percentile(pilotage.samples.get(step), 50);
      double s95 = percentile(stock.samples.get(step), 95), p95 = percentile(pilotage.samples.get(step), 95);
      System.out.printf(Locale.ROOT, "%-10s %9.2f ms %9.2f ms %9.2f ms %9.2f ms %7.2f× %7.2f×%n", STEPS[step],
          s50, p50, s95, p95, p50 / s50, p95 / s95);
    }
    double s50 = percentile(stock.perInstance, 50), p50 = percentile(pilotage.perInstance, 50);
    System.out.printf(Locale.ROOT, "%-10s %9.2f ms %9.2f ms %9.2f ms %9.2f ms %7.2f× %7.2f×%n", "instance",
        s50, p50, percentile(stock.perInstance, 95), percentile(pilotage.perInstance, 95), p50 / s50,
        percentile(pilotage.perInstance, 95) / percentile(stock.perInstance, 95));
    double stockThroughput = stock.instances / (stock.wallNanos / 1e9);
    double pilotageThroughput = pilotage.instances / (pilotage.wallNanos / 1e9);
    System.out.printf(Locale.ROOT, "throughput stock %.1f inst/s, pilotage %.1f inst/s: pilotage/stock = %.2f×%n",
        stockThroughput, pilotageThroughput, pilotageThroughput / stockThroughput);
  }

  static double percentile(List<Double> values, double percent) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Milliseconds per step (start, query, complete) and per instance, with the wall time of the batches. */
  static final class Results {
    final List<List<Double>> samples = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    final List<Double> perInstance = new ArrayList<>();
    long wallNanos;
    int instances;

    synchronized void add(Results other) {
      for (int step = 0; step < STEPS.length; step++) {
        samples.get(step).addAll(other.samples.get(step));
      }
      perInstance.addAll(other.perInstance);
      wallNanos += other.wallNanos;
      instances += other.instances;
    }
  }

  static final class Target {
    final String name;
    final String base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    final String user = basic(env("BENCH_USER", "cdp"), env("BENCH_PASSWORD", "demo"));
    final String admin = basic(env("BENCH_ADMIN", "admin"), env("BENCH_ADMIN_PASSWORD", "demo"));

    Target(String name, String base) {
      this.name = name;
      this.base = base;
    }

    static String basic(String user, String password) {
      return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    void deploy() throws IOException, InterruptedException {
      StringBuilder tasks = new StringBuilder();
      StringBuilder flows = new StringBuilder();
      String previous = "Event_BenchmarkStarted";
      for (int step = 1; step <= 5; step++) {
        String task = "Task_BenchmarkStep" + step;
        tasks.append("<bpmn:userTask id=\"").append(task).append("\" name=\"Étape ").append(step)
            .append("\" camunda:candidateGroups=\"").append(GROUP).append("\"/>");
        flows.append(flow(previous, task));
        previous = task;
      }
      flows.append(flow(previous, "Event_BenchmarkEnded"));
      String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
          + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"benchmarkDefinitions\""
          + " targetNamespace=\"http://pilotage.province-nord.nc/benchmark\">"
          + "<bpmn:process id=\"" + KEY + "\" name=\"Benchmark : cinq étapes\" isExecutable=\"true\""
          + " camunda:historyTimeToLive=\"P30D\">"
          + "<bpmn:startEvent id=\"Event_BenchmarkStarted\"/>" + tasks + "<bpmn:endEvent id=\"Event_BenchmarkEnded\"/>" + flows
          + "</bpmn:process></bpmn:definitions>";
      String boundary = "benchmark" + System.nanoTime();
      String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbenchmark\r\n"
          + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
          + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"benchmark.bpmn\"; filename=\"benchmark.bpmn\"\r\n"
          + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/deployment/create"))
          .header("Authorization", admin).header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
      expectOk(http.send(request, HttpResponse.BodyHandlers.ofString()), "deployment");
    }

    static String flow(String from, String to) {
      return "<bpmn:sequenceFlow id=\"Flow_" + from.substring(from.indexOf('_') + 1) + "To"
          + to.substring(to.indexOf('_') + 1) + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>";
    }

    /** Pilotage: the benchmark user may start this process (what an administrator grants in Admin). */
    void grantStart() throws IOException, InterruptedException {
      String userId = env("BENCH_USER", "cdp");
      post(admin, "/authorization/create", "{\"type\":1,\"userId\":\"" + userId + "\",\"resourceType\":6,"
          + "\"resourceId\":\"" + KEY + "\",\"permissions\":[\"READ\",\"CREATE_INSTANCE\",\"READ_HISTORY\"]}", true);
      post(admin, "/authorization/create", "{\"type\":1,\"userId\":\"" + userId + "\",\"resourceType\":8,"
          + "\"resourceId\":\"*\",\"permissions\":[\"CREATE\"]}", true);
    }

    Results run(int threads, int perThread) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      Results results = new Results();
      long begin = System.nanoTime();
      List<Future<Results>> futures = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        futures.add(pool.submit(() -> {
          Results mine = new Results();
          for (int i = 0; i < perThread; i++) {
            oneInstance(mine);
          }
          return mine;
        }));
      }
      try {
        for (Future<Results> future : futures) {
          results.add(future.get());
        }
      } finally {
        pool.shutdownNow();
      }
      results.wallNanos = System.nanoTime() - begin;
      return results;
    }

    void oneInstance(Results results) throws IOException, InterruptedException {
      long instanceBegin = System.nanoTime();
      long begin = System.nanoTime();
      String started = post(user, "/process-definition/key/" + KEY + "/start", "{}", false);
      results.samples.get(0).add((System.nanoTime() - begin) / 1e6);
      String instanceId = firstId(started);
      for (int step = 0; step < 5; step++) {
        begin = System.nanoTime();
        HttpResponse<String> tasks = http.send(HttpRequest.newBuilder(
                URI.create(base + "/task?processInstanceId=" + instanceId + "&candidateGroup=" + GROUP))
            .header("Authorization", user).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofString());
        expectOk(tasks, "task query");
        results.samples.get(1).add((System.nanoTime() - begin) / 1e6);
        String taskId = firstId(tasks.body());
        begin = System.nanoTime();
        post(user, "/task/" + taskId + "/complete", "{}", false);
        results.samples.get(2).add((System.nanoTime() - begin) / 1e6);
      }
      results.perInstance.add((System.nanoTime() - instanceBegin) / 1e6);
      results.instances++;
    }

    String post(String authorization, String path, String json, boolean tolerateConflict)
        throws IOException, InterruptedException {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", authorization).header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (!(tolerateConflict && response.statusCode() >= 400)) {
        expectOk(response, path);
      }
      return response.body();
    }

    void expectOk(HttpResponse<String> response, String what) {
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(name + ": " + what + " answered " + response.statusCode() + " " + response.body());
      }
    }

    String firstId(String json) {
      Matcher matcher = ID.matcher(json);
      if (!matcher.find()) {
        throw new IllegalStateException(name + ": no id in " + json);
      }
      return matcher.group(1);
    }
  }

  /**
   * SQL statements per REST call: PostgreSQL logs every statement of the two benchmark databases
   * (benchmark/run sql sets log_statement=all on them); a marker query sent by psql before and after
   * each call splits the server log, and only lines of the apps' own connections are counted.
   */
  static final class SqlCount {
    static final Pattern LINE = Pattern.compile(
        "\\[(\\d+)\\] (?:\\S*@(\\S+) )?LOG:  (?:execute [^:]+|statement): (.*)");
    final String log = env("PG_LOG", "/var/log/postgresql/postgresql-15-main.log");

    void run(List<Target> targets, List<String> databases) throws Exception {
      for (Target target : targets) {
        target.oneInstance(new Results()); // warm-up: prepared statements, caches
      }
      long from = java.nio.file.Files.size(java.nio.file.Path.of(log)); // this run only
      for (int t = 0; t < targets.size(); t++) {
        Target target = targets.get(t);
        String db = databases.get(t);
        for (int i = 0; i < 3; i++) {
          countedInstance(target, db);
        }
      }
      byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(log));
      List<String> lines = new String(bytes, (int) from, bytes.length - (int) from, StandardCharsets.UTF_8).lines().toList();
      System.out.printf(Locale.ROOT, "%n== SQL statements per call (median of the counted calls; BEGIN/COMMIT included) ==%n");
      for (int t = 0; t < targets.size(); t++) {
        report(targets.get(t).name, databases.get(t), lines);
      }
    }

    void countedInstance(Target target, String db) throws Exception {
      mark(db, target.name + ":start:begin");
      String started = target.post(target.user, "/process-definition/key/" + KEY + "/start", "{}", false);
      mark(db, target.name + ":start:end");
      String instanceId = target.firstId(started);
      for (int step = 0; step < 5; step++) {
        mark(db, target.name + ":query:begin");
        HttpResponse<String> tasks = target.http.send(HttpRequest.newBuilder(
                URI.create(target.base + "/task?processInstanceId=" + instanceId + "&candidateGroup=" + GROUP))
            .header("Authorization", target.user).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofString());
        mark(db, target.name + ":query:end");
        target.expectOk(tasks, "task query");
        String taskId = target.firstId(tasks.body());
        mark(db, target.name + ":complete:begin");
        target.post(target.user, "/task/" + taskId + "/complete", "{}", false);
        mark(db, target.name + ":complete:end");
      }
    }

    static void mark(String db, String label) throws Exception {
      psql(db, "select 'benchmark-mark " + label + "'");
    }

    static String psql(String db, String sql) throws Exception {
      Process process = new ProcessBuilder("psql", "-X", "-Atq", "-d", db, "-c", sql).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("psql: " + out);
      }
      return out;
    }

    void report(String name, String db, List<String> lines) throws Exception {
      java.util.Set<String> pids = new java.util.HashSet<>(List.of(psql(db,
          "select pid from pg_stat_activity where datname = '" + db + "' and pid <> pg_backend_pid()").split("\\s+")));
      java.util.Map<String, List<List<String>>> calls = new java.util.LinkedHashMap<>();
      String open = null;
      List<String> current = null;
      for (String line : lines) {
        int at = line.indexOf("benchmark-mark " + name + ":");
        if (at >= 0 && line.contains("LOG:  statement:")) {
          String[] label = line.substring(at + "benchmark-mark ".length()).replace("'", "").trim().split(":");
          if (label[2].equals("begin")) {
            open = label[1];
            current = new ArrayList<>();
          } else if (open != null) {
            calls.computeIfAbsent(open, k -> new ArrayList<>()).add(current);
            open = null;
          }
          continue;
        }
        Matcher matcher = LINE.matcher(line);
        if (open != null && matcher.find()
            && (matcher.group(2) == null ? pids.contains(matcher.group(1)) : matcher.group(2).equals(db))) {
          current.add(matcher.group(3));
        }
      }
      for (String step : STEPS) {
        List<List<String>> samples = calls.getOrDefault(step, List.of());
        List<Double> counts = new ArrayList<>();
        samples.forEach(sample -> counts.add((double) sample.size()));
        System.out.printf(Locale.ROOT, "%-9s %-9s %5.0f statements (min %.0f, max %.0f, %d calls)%n", name, step,
            percentile(counts, 50), percentile(counts, 0), percentile(counts, 100), samples.size());
        if (System.getenv("SQL_DETAILS") != null && !samples.isEmpty()) {
          samples.get(samples.size() / 2).forEach(sql -> System.out.println("    " + (sql.length() > 160 ? sql.substring(0, 160) : sql)));
        }
      }
    }
  }
}
