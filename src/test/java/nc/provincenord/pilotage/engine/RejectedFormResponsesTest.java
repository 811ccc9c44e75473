package nc.provincenord.pilotage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import nc.provincenord.pilotage.web.CamundaLikeServlet;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A form refused by Pilotage's checks reaches the caller as a 400 with the French message alone; anything else as Camunda wrote it. */
class RejectedFormResponsesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REFUSAL = "Le budget estimé doit être un montant positif.";

  private final Filter filter = new RejectedFormResponses().rejectedFormResponseFilter(JSON).getFilter();

  @Test
  void shouldAnswerARejectedFormWithTheFrenchMessageAlone() throws Exception {
    MockHttpServletResponse client = new MockHttpServletResponse();
    byte[] camunda500 = ("{\"type\":\"RestException\",\"message\":\"Cannot instantiate process definition x: " + REFUSAL + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    AtomicReference<byte[]> sentWhileWriting = new AtomicReference<>();
    post("/engine-rest/process-definition/key/x/submit-form", client, (request, response) -> {
      submissionRefused();
      response.setContentLength(camunda500.length);
      response.setContentType("application/json");
      response.setStatus(500);
      response.getOutputStream().write(camunda500);
      sentWhileWriting.set(client.getContentAsByteArray());
    });

    assertThat(sentWhileWriting.get()).isEmpty();
    assertThat(client.getStatus()).isEqualTo(400);
    JsonNode body = JSON.readTree(client.getContentAsByteArray());
    assertThat(body.get("type").asText()).isEqualTo("FormFieldValidationException");
    assertThat(body.get("message").asText()).isEqualTo(REFUSAL);
    assertThat(client.getHeader("Content-Length")).isEqualTo(Integer.toString(client.getContentAsByteArray().length));
  }

  @Test
  void shouldStreamASuccessfulSubmissionUnchanged() throws Exception {
    MockHttpServletResponse client = new MockHttpServletResponse();
    byte[] started = "{\"id\":\"7\",\"ended\":false}".getBytes(StandardCharsets.UTF_8);
    AtomicReference<byte[]> sentWhileWriting = new AtomicReference<>();
    post("/engine-rest/process-definition/key/x/submit-form", client, (request, response) -> {
      response.setContentLength(started.length);
      response.setContentType("application/json");
      response.setStatus(200);
      response.getOutputStream().write(started);
      sentWhileWriting.set(client.getContentAsByteArray());
    });

    assertThat(sentWhileWriting.get()).isEqualTo(started);
    assertThat(client.getStatus()).isEqualTo(200);
    assertThat(client.getContentAsByteArray()).isEqualTo(started);
    assertThat(client.getHeader("Content-Length")).isEqualTo(Integer.toString(started.length));
  }

  /** Pilotage's start listener refuses a field inside an engine command, as the recorder sees it. */
  private static void submissionRefused() {
    RejectedFormResponses.Recorder recorder = new RejectedFormResponses.Recorder();
    recorder.setNext(new CommandExecutor() {
      @Override
      public <T> T execute(Command<T> command) {
        throw new FormFieldValidationException("budget", REFUSAL);
      }
    });
    try {
      recorder.execute((Command<Void>) context -> null);
    } catch (FormFieldValidationException expected) {
      // answered by Camunda's REST layer with its own 500
    }
  }

  private void post(String path, MockHttpServletResponse client, CamundaLikeServlet.Writing writing) throws Exception {
    filter.doFilter(new MockHttpServletRequest("POST", path), client, new MockFilterChain(new CamundaLikeServlet(writing)));
  }
}
