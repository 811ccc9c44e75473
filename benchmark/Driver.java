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

  static final String KEY = "benchmarkFiveSteps";
  static final String GROUP = env("BENCH_GROUP", "chefs-de-projet");
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  static final String[] STEPS = {"start", "query", "complete"};

  public static void main(String[] args) throws Exception {
    Target stock = new Target("stock", args[0] + "/engine-rest");
    Target pilotage = new Target("pilotage", args[1] + "/engine-rest");
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int perThread = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    for (Target target : List.of(stock, pilotage)) {
      target.deploy();
    }
    pilotage.grantStart();
    for (Target target : List.of(stock, pilotage)) {
      target.run(2, 5); // warm-up, discarded
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
      String previous = "benchmarkStarted";
      for (int step = 1; step <= 5; step++) {
        String task = "benchmarkStep" + step;
        tasks.append("<bpmn:userTask id=\"").append(task).append("\" name=\"Étape ").append(step)
            .append("\" camunda:candidateGroups=\"").append(GROUP).append("\"/>");
        flows.append(flow(previous, task));
        previous = task;
      }
      flows.append(flow(previous, "benchmarkEnded"));
      String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
          + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"benchmarkDefinitions\""
          + " targetNamespace=\"http://pilotage.province-nord.nc/benchmark\">"
          + "<bpmn:process id=\"" + KEY + "\" name=\"Benchmark : cinq étapes\" isExecutable=\"true\""
          + " camunda:historyTimeToLive=\"P30D\">"
          + "<bpmn:startEvent id=\"benchmarkStarted\"/>" + tasks + "<bpmn:endEvent id=\"benchmarkEnded\"/>" + flows
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
      return "<bpmn:sequenceFlow id=\"" + from + "To" + Character.toUpperCase(to.charAt(0)) + to.substring(1)
          + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>";
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
}
