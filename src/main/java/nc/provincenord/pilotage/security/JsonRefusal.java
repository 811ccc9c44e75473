package nc.provincenord.pilotage.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The gate's refusals in the shape of Camunda's REST errors: {@code {"type": …, "message": "<French>"}}. */
final class JsonRefusal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRefusal() {
  }

  static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("type", type);
    error.put("message", message);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(JSON.writeValueAsBytes(error));
  }
}
