package nc.provincenord.pilotage.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Engine REST calls that only administrators may make, closed at the gate for {@code /engine-rest}
 * and for the web apps' {@code /camunda/api/engine/engine/{engine}} alike. Each entry is a Camunda
 * REST path relative to the engine root.
 */
final class AdminOnlyEngineCalls {

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
  private static final String REST_ROOT = "/engine-rest";
  private static final String WEBAPP_ROOT = "/camunda/api/engine/engine/{engine}";

  private AdminOnlyEngineCalls() {
  }

  static RequestMatcher matcher() {
    List<RequestMatcher> matchers = new ArrayList<>();
    // Entries are added by the capabilities of the gate: call(matchers, HttpMethod.PUT, "/task/{id}/variables/**")
    return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
  }

  /** The same engine path under both roots; {@code method} null means any method. */
  static void call(List<RequestMatcher> matchers, HttpMethod method, String enginePath) {
    for (String root : List.of(REST_ROOT, WEBAPP_ROOT)) {
      matchers.add(method == null ? PATHS.matcher(root + enginePath) : PATHS.matcher(method, root + enginePath));
    }
  }
}
