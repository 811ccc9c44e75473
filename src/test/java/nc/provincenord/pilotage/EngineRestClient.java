package nc.provincenord.pilotage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Drives Pilotage through {@code /engine-rest} as a given user, the way Tasklist,
 * Camunda Modeler or another system does. Never throws on an error status: tests
 * assert the status and the message themselves.
 */
public final class EngineRestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final String password;
  /** When set, every response is reported here, and a 503 (database away) is sent again, as a user would. */
  private final java.util.function.Consumer<Response> unavailable;

  public EngineRestClient(String baseUrl, String password) {
    this(baseUrl, password, null);
  }

  private EngineRestClient(String baseUrl, String password, java.util.function.Consumer<Response> unavailable) {
    this.baseUrl = baseUrl;
    this.password = password;
    this.unavailable = unavailable;
  }

  /** The same client, reporting every response and sending a call again (up to 40 times, 250 ms apart) while it answers 503. */
  public EngineRestClient retryingWhileUnavailable(java.util.function.Consumer<Response> observer) {
    return new EngineRestClient(baseUrl, password, observer);
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Response get(String user, String path) {
    return call(user, HttpMethod.GET, path, null);
  }

  public Response post(String user, String path, Object body) {
    return call(user, HttpMethod.POST, path, body);
  }

  public Response anonymous(HttpMethod method, String path) {
    return exchange(client().method(method).uri(baseUrl + path));
  }

  /** Submits a start form as Tasklist does; lists and maps are sent as {@code Json} variables. */
  public Response submitStartForm(String user, String processKey, Map<String, ?> variables) {
    return post(user, "/engine-rest/process-definition/key/" + processKey + "/submit-form",
        Map.of("variables", camundaVariables(variables)));
  }

  /** Deploys one model as Camunda Modeler does: multipart {@code /deployment/create}. */
  public Response deploy(String user, String deploymentName, String fileName, String content) {
    return deploy(user, deploymentName, Map.of(fileName, content));
  }

  /** Deploys several files (file name → content) in one deployment, with {@code deploy-changed-only}. */
  public Response deploy(String user, String deploymentName, Map<String, String> files) {
    return deploy(user, deploymentName, null, files);
  }

  /** The same with a {@code deployment-source} (start-up deploys as name and source {@code pilotage}). */
  public Response deploy(String user, String deploymentName, String source, Map<String, String> files) {
    org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    parts.add("deployment-name", deploymentName);
    if (source != null) {
      parts.add("deployment-source", source);
    }
    parts.add("deploy-changed-only", "true");
    files.forEach((fileName, content) -> parts.add(fileName,
        new org.springframework.core.io.ByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return fileName;
          }
        }));
    return exchange(client().post().uri(baseUrl + "/engine-rest/deployment/create")
        .headers(headers -> {
          if (user != null) {
            headers.setBasicAuth(user, password);
          }
        })
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
  }

  public Response completeTask(String user, String taskId, Map<String, ?> variables) {
    return post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", camundaVariables(variables)));
  }

  public Response claim(String user, String taskId) {
    return post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
  }

  /** The tasks the user can see, optionally narrowed to a process instance. */
  public List<JsonNode> tasks(String user, String processInstanceId) {
    String query = processInstanceId == null ? "" : "?processInstanceId=" + processInstanceId;
    JsonNode body = get(user, "/engine-rest/task" + query).body();
    return body == null ? List.of() : JSON.convertValue(body, JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
  }

  public Response call(String user, HttpMethod method, String path, Object body) {
    for (int attempt = 1; ; attempt++) {
      Response response = callOnce(user, method, path, body);
      if (unavailable != null) {
        unavailable.accept(response);
      }
      if (unavailable == null || response.status() != 503 || attempt == 40) {
        return response;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return response;
      }
    }
  }

  private Response callOnce(String user, HttpMethod method, String path, Object body) {
    RestClient.RequestBodySpec request = client().method(method).uri(baseUrl + path)
        .headers(headers -> headers.setBasicAuth(user, password));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return exchange(request);
  }

  private static Response exchange(RestClient.RequestHeadersSpec<?> request) {
    return request.exchange((req, res) -> {
      String text = new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new Response(res.getStatusCode().value(), parse(text), text, res.getHeaders());
    });
  }

  private static RestClient client() {
    return RestClient.builder().defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).build();
  }

  private static Map<String, Object> camundaVariables(Map<String, ?> variables) {
    Map<String, Object> result = new LinkedHashMap<>();
    variables.forEach((name, value) -> result.put(name, camundaValue(value)));
    return result;
  }

  private static Map<String, Object> camundaValue(Object value) {
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      try {
        return Map.of("value", JSON.writeValueAsString(value), "type", "Json");
      } catch (JsonProcessingException impossible) {
        throw new IllegalArgumentException(impossible);
      }
    }
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    return typed;
  }

  private static JsonNode parse(String text) {
    try {
      return text.isBlank() ? null : JSON.readTree(text);
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }

  /** A status, the parsed JSON body when there is one, and the raw text. */
  public record Response(int status, JsonNode body, String text, HttpHeaders headers) {

    public String message() {
      return body == null || body.get("message") == null ? text : body.get("message").asText();
    }
  }
}
