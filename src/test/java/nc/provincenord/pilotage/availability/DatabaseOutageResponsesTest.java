package nc.provincenord.pilotage.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import nc.provincenord.pilotage.web.CamundaLikeServlet;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What a caller of the engine's REST API receives through the outage filter: a success as Camunda wrote
 * it, already on its way while Camunda writes it; an error of a command that lost the database as the
 * French 503, whole, with its own length.
 */
class DatabaseOutageResponsesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] TASKS = "[{\"id\":\"42\",\"name\":\"Rédiger la fiche projet\"}]".getBytes(StandardCharsets.UTF_8);
  private static final byte[] PERSISTENCE = "{\"type\":\"ProcessEngineException\",\"message\":\"An exception occurred in the persistence layer\"}"
      .getBytes(StandardCharsets.UTF_8);

  private final Filter filter = new DatabaseOutageResponses().databaseOutageResponseFilter(JSON).getFilter();

  @Test
  void shouldStreamASuccessfulEngineResponseUnchanged() throws Exception {
    MockHttpServletResponse client = new MockHttpServletResponse();
    AtomicReference<byte[]> sentWhileWriting = new AtomicReference<>();
    call("/engine-rest/task", client, new CamundaLikeServlet((request, response) -> {
      // In Jersey's order: the length, the headers, then the status and the body.
      response.setContentLength(TASKS.length);
      response.setContentType("application/json");
      response.setHeader("Cache-Control", "no-cache");
      response.setStatus(200);
      response.getOutputStream().write(TASKS);
      sentWhileWriting.set(client.getContentAsByteArray());
    }));

    assertThat(sentWhileWriting.get()).as("already sent, not held back").isEqualTo(TASKS);
    assertThat(client.getStatus()).isEqualTo(200);
    assertThat(client.getContentAsByteArray()).isEqualTo(TASKS);
    assertThat(client.getHeaderNames()).containsExactlyInAnyOrder("Content-Length", "Content-Type", "Cache-Control");
    assertThat(client.getHeader("Content-Length")).isEqualTo(Integer.toString(TASKS.length));
    assertThat(client.getHeader("Cache-Control")).isEqualTo("no-cache");
  }

  @Test
  void shouldNotAddALengthToASuccessThatHadNone() throws Exception {
    MockHttpServletResponse client = new MockHttpServletResponse();
    call("/camunda/api/engine/engine/default/task", client, new CamundaLikeServlet((request, response) -> {
      response.setContentType("application/json");
      response.getWriter().write(new String(TASKS, StandardCharsets.UTF_8));
    }));

    assertThat(client.getContentAsByteArray()).isEqualTo(TASKS);
    assertThat(client.getHeader("Content-Length")).isNull();
  }

  @Test
  void shouldAnswerTheFrench503ForAnEngineErrorWhileTheDatabaseIsAway() throws Exception {
    MockHttpServletResponse client = new MockHttpServletResponse();
    AtomicReference<byte[]> sentWhileWriting = new AtomicReference<>();
    call("/engine-rest/task", client, new CamundaLikeServlet((request, response) -> {
      commandLosesTheDatabase();
      response.setContentLength(PERSISTENCE.length);
      response.setContentType("application/json");
      response.setStatus(500);
      response.getOutputStream().write(PERSISTENCE);
      response.flushBuffer();
      sentWhileWriting.set(client.getContentAsByteArray());
    }));

    assertThat(sentWhileWriting.get()).as("an error is held back, nothing of it sent").isEmpty();
    assertFrench503(client);
  }

  @Test
  void shouldReplaceASuccessCutShortByTheDatabaseGoingAway() throws Exception {
    MockHttpServletResponse client = new MockHttpServletResponse();
    call("/engine-rest/task", client, new CamundaLikeServlet((request, response) -> {
      response.setContentLength(TASKS.length);
      response.setStatus(200);
      response.getOutputStream().write(TASKS, 0, 10);
      throw new ProcessEnginePersistenceException("persistence", new SQLException("I/O error", "08006"));
    }));

    assertFrench503(client);
  }

  @Test
  void shouldLeaveAnErrorWithoutOutageAsCamundaWroteIt() throws Exception {
    MockHttpServletResponse client = new MockHttpServletResponse();
    String unknown = "{\"type\":\"InvalidRequestException\",\"message\":\"Process engine inconnu not available\"}";
    call("/engine-rest/engine/inconnu/task", client, new CamundaLikeServlet((request, response) -> {
      // As Camunda's authentication filter answers an unknown engine.
      response.setStatus(404);
      response.setContentType("application/json");
      response.getWriter().write(unknown);
      response.getWriter().flush();
    }));

    assertThat(client.getStatus()).isEqualTo(404);
    assertThat(client.getContentAsString()).isEqualTo(unknown);
    assertThat(client.getHeader("Content-Length")).isEqualTo(Integer.toString(unknown.length()));
  }

  private static void assertFrench503(MockHttpServletResponse client) throws IOException {
    assertThat(client.getStatus()).isEqualTo(503);
    JsonNode body = JSON.readTree(client.getContentAsByteArray());
    assertThat(body.get("type").asText()).isEqualTo(DatabaseOutageResponses.TYPE);
    assertThat(body.get("message").asText()).isEqualTo(DatabaseOutageResponses.MESSAGE);
    assertThat(client.getHeader("Retry-After")).isEqualTo(DatabaseOutageResponses.RETRY_AFTER_SECONDS);
    assertThat(client.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(client.getContentType()).startsWith("application/json");
    assertThat(client.getHeader("Content-Length")).isEqualTo(Integer.toString(client.getContentAsByteArray().length));
    assertThat(client.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("persistence layer").doesNotContain("Rédiger");
  }

  /** An engine command that fails on a lost connection, which Camunda's REST layer then turns into its own answer. */
  private static void commandLosesTheDatabase() {
    OutageWitness witness = new OutageWitness();
    witness.setNext(new CommandExecutor() {
      @Override
      public <T> T execute(Command<T> command) {
        throw new ProcessEnginePersistenceException("persistence", new SQLException("I/O error", "08006"));
      }
    });
    try {
      witness.execute((Command<Void>) context -> null);
    } catch (ProcessEnginePersistenceException expected) {
      // answered by Camunda's exception mapper, as below
    }
  }

  private void call(String path, MockHttpServletResponse client, CamundaLikeServlet camunda) throws Exception {
    filter.doFilter(new MockHttpServletRequest("GET", path), client, new MockFilterChain(camunda));
  }
}
