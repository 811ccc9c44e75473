package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 60 MB deployment, with a declared length or streamed, is refused 413 before anything reads it:
 * the heap does not grow by it and nothing is deployed.
 */
class RequestSizeLimitTest extends PilotageIntegrationTest {

  private static final long SIXTY_MB = 60L * 1024 * 1024;
  private static final String BOUNDARY = "pilotage-boundary";
  private static final String MESSAGE = "La requête dépasse la taille maximale autorisée (10 Mo) : elle n'a pas été lue.";

  /** Declared with a Content-Length (refused unread) or streamed in chunks (cut at the limit). */
  @ParameterizedTest(name = "chunked: {0}")
  @ValueSource(booleans = {false, true})
  void sixtyMegabytesAreRefusedWithoutFillingTheHeap(boolean chunked) throws Exception {
    long deployments = deployments();
    long before = usedHeap();
    resetPeaks();
    String response = upload(chunked);
    long peak = peakHeap();
    long after = usedHeap();
    System.out.printf("RequestSizeLimitTest (%s, 60 MB sent): used heap %d MB before, peak %d MB during, %d MB after%n",
        chunked ? "chunked" : "Content-Length", before >> 20, peak >> 20, after >> 20);

    assertThat(response).startsWith("HTTP/1.1 413").contains(MESSAGE);
    assertThat(oldGenerationPeak() - before).as("long-lived and large (humongous) objects during the upload, in bytes")
        .isLessThan(20L * 1024 * 1024);
    assertThat(after - before).as("heap growth after it, in bytes").isLessThan(20L * 1024 * 1024);
    assertThat(deployments()).isEqualTo(deployments);
  }

  @Test
  void theLimitHoldsForAnonymousFormPostsAndTheJsonApiToo() throws Exception {
    for (String path : new String[] {"/login", "/api/projects", "/camunda/api/engine/engine/default/task"}) {
      try (Socket socket = new Socket("localhost", port)) {
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: " + (11L * 1024 * 1024) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(readResponse(socket.getInputStream())).as(path).startsWith("HTTP/1.1 413").contains(MESSAGE);
      }
    }
  }

  /** The deployment request of Camunda Modeler as the designer, written by hand so that nothing is buffered. */
  private String upload(boolean chunked) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      CompletableFuture<String> response = CompletableFuture.supplyAsync(() -> {
        try {
          return readAll(socket.getInputStream());
        } catch (IOException e) {
          return "IOException " + e.getMessage();
        }
      });
      OutputStream out = socket.getOutputStream();
      String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nhuge\r\n"
          + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"huge.bpmn\"; filename=\"huge.bpmn\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n";
      String credentials = Base64.getEncoder().encodeToString(("concepteur:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
      out.write(("POST /engine-rest/deployment/create HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
          + "Authorization: Basic " + credentials + "\r\n"
          + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
          + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + (head.length() + SIXTY_MB) + "\r\n")
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] block = new byte[64 * 1024];
      java.util.Arrays.fill(block, (byte) 'a');
      try {
        writeBody(out, head.getBytes(StandardCharsets.US_ASCII), chunked);
        for (long sent = 0; sent < SIXTY_MB && !response.isDone(); sent += block.length) {
          writeBody(out, block, chunked);
        }

        if (chunked) {
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
      } catch (IOException closedByTheServer) {
        // Expected: the server answered and closed the connection without reading the rest.
      }
      String answer = response.get(60, TimeUnit.SECONDS);
      return answer;
    }
  }

  private static void writeBody(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
    if (chunked) {
      out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    } else {
      out.write(bytes);
    }
  }

  /**
   * One HTTP response, read up to the end of its body: the body not sent stays unsent, so the
   * server may keep the connection open (to swallow it) long after it has answered.
   */
  private static String readResponse(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      for (int b; !isComplete(bytes.toString(StandardCharsets.ISO_8859_1)) && (b = in.read()) >= 0; ) {
        bytes.write(b);
      }
    } catch (IOException reset) {
      // The server may reset the connection once it has answered.
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isComplete(String response) {
    int headEnd = response.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      return false;
    }
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
        .matcher(response.substring(0, headEnd));
    if (length.find()) {
      return response.length() - headEnd - 4 >= Integer.parseInt(length.group(1));
    }
    return response.endsWith("\r\n0\r\n\r\n");
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes.write(buffer, 0, n);
      }
    } catch (IOException reset) {
      // The server may reset the connection once it has answered.
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private long deployments() {
    return processEngine.getRepositoryService().createDeploymentQuery().deploymentName("huge").count();
  }

  private static long usedHeap() {
    System.gc();
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static java.util.List<java.lang.management.MemoryPoolMXBean> heapPools() {
    return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP).toList();
  }

  /**
   * What the old generation held at most: where the JVM puts large arrays (a buffered body) and
   * whatever survives; the young generation's peak is mostly garbage and is only printed.
   */
  private static long oldGenerationPeak() {
    return heapPools().stream().filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
        .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  private static void resetPeaks() {
    heapPools().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
  }

  /** The most the heap held while the request ran (sum of each pool's peak: an upper bound). */
  private static long peakHeap() {
    heapPools().forEach(pool -> System.out.printf("  heap pool %s: peak %d MB%n", pool.getName(), pool.getPeakUsage().getUsed() >> 20));
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }
}
