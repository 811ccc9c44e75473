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
    variableWrites(matchers);
    return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
  }

  /**
   * Variables are written by the validated step only (a task's or a start's own form fields): nobody
   * outside {@code camunda-admin} writes, changes or deletes a variable directly. Reads stay open (the
   * engine's own read permissions apply). The engine refuses it too: candidates get {@code TASK_WORK},
   * not {@code UPDATE}, on their tasks ({@code default-user-permission-name-for-task} in application.yaml).
   */
  private static void variableWrites(List<RequestMatcher> matchers) {
    for (String variables : List.of("/task/{id}/variables/**", "/task/{id}/localVariables/**",
        "/process-instance/{id}/variables/**", "/execution/{id}/localVariables/**", "/process-instance/variables-async")) {
      for (HttpMethod write : List.of(HttpMethod.PUT, HttpMethod.POST, HttpMethod.DELETE)) {
        call(matchers, write, variables);
      }
    }
  }

  /** The same engine path under both roots; {@code method} null means any method. */
  static void call(List<RequestMatcher> matchers, HttpMethod method, String enginePath) {
    for (String root : List.of(REST_ROOT, WEBAPP_ROOT)) {
      matchers.add(method == null ? PATHS.matcher(root + enginePath) : PATHS.matcher(method, root + enginePath));
    }
  }
}
