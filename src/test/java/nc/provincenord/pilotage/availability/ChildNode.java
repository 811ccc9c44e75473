package nc.provincenord.pilotage.availability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.PilotageApplication;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.PostgresDatabase;

/**
 * A second Pilotage node in a JVM of its own (Camunda's engine registry is JVM-wide), started
 * from the test's own classpath on the same PostgreSQL database, as production starts it:
 * profile {@code postgres}, settings as command-line arguments. {@link #kill()} stops it the hard
 * way (SIGKILL: no shutdown hook, no graceful stop). Its output goes to {@code target/<name>.log}.
 */
final class ChildNode implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private ChildNode(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static ChildNode start(String name, PostgresDatabase database, Map<String, Object> properties) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
        "-cp", testClasspath(),
        PilotageApplication.class.getName(),
        "--spring.profiles.active=postgres,demo",
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        "--pilotage.demo.password=" + PilotageIntegrationTest.DEMO_PASSWORD,
        "--server.port=" + port));
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    Path log = Path.of("target", name + ".log");
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildNode(process, port, log);
  }

  /** Waits until the node answers its readiness probe. */
  ChildNode awaitReady(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("le nœud s'est arrêté au démarrage, voir " + log.toAbsolutePath());
      }
      try {
        HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("le nœud n'est pas prêt après " + timeout + ", voir " + log.toAbsolutePath());
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  EngineRestClient restAsDemoUsers() {
    return new EngineRestClient(baseUrl(), PilotageIntegrationTest.DEMO_PASSWORD);
  }

  /** SIGKILL: the node dies on the spot, holding whatever it holds. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  /** Surefire runs the tests from a manifest-only jar; the real classpath is in this property. */
  private static String testClasspath() {
    String classpath = System.getProperty("surefire.test.class.path");
    if (classpath == null || classpath.isBlank()) {
      classpath = System.getProperty("java.class.path");
    }
    return String.join(File.pathSeparator, classpath.split(File.pathSeparator));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException none) {
      throw new UncheckedIOException(none);
    }
  }
}
