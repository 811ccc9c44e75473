package nc.provincenord.pilotage.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Engine REST calls that only administrators may make, closed at the gate for {@code /engine-rest}
 * and for the web apps' {@code /camunda/api/engine/engine/{engine}} alike. Each entry is a Camunda
 * REST path relative to the engine root. A refused call answers 403 with the French reason.
 */
final class AdminOnlyEngineCalls {

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
  /**
   * Every root under which Camunda serves the engine's REST resources: the default engine, the same
   * engine named ({@code /engine-rest/engine/default/…}, served too), and the web apps' engine API.
   */
  static final List<String> ENGINE_ROOTS = List.of("/engine-rest", "/engine-rest/engine/{engine}",
      "/camunda/api/engine/engine/{engine}");

  private static final RequestMatcher PLACE_CALLS = placeCalls();

  private AdminOnlyEngineCalls() {
  }

  static RequestMatcher matcher() {
    List<RequestMatcher> matchers = new ArrayList<>();
    // Entries are added by the capabilities of the gate: call(matchers, HttpMethod.PUT, "/task/{id}/variables/**")
    variableWrites(matchers);
    matchers.add(PLACE_CALLS);
    return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
  }

  /** Answers a refused call that moves a process from outside with its French reason; any other refusal as {@code otherwise}. */
  static AccessDeniedHandler frenchRefusal(AccessDeniedHandler otherwise) {
    return (request, response, denied) -> {
      if (PLACE_CALLS.matches(request)) {
        write(response, PLACE_REASON);
      } else {
        otherwise.handle(request, response, denied);
      }
    };
  }

  static final String PLACE_REASON = "Réservé aux administrateurs : un processus avance étape par étape, par ses "
      + "formulaires. Modifier, redémarrer, migrer, suspendre ou supprimer une instance, corréler un message, "
      + "envoyer un signal ou évaluer une condition n'est pas permis.";

  /** Issue 18: a process runs from its start, step by step, through its forms. */
  private static RequestMatcher placeCalls() {
    List<RequestMatcher> matchers = new ArrayList<>();
    for (String definition : List.of("/process-definition/{id}", "/process-definition/key/{key}",
        "/process-definition/key/{key}/tenant-id/{tenantId}")) {
      call(matchers, HttpMethod.POST, definition + "/restart");
      call(matchers, HttpMethod.POST, definition + "/restart-async");
      call(matchers, HttpMethod.PUT, definition + "/suspended");
      call(matchers, HttpMethod.DELETE, definition);
    }
    call(matchers, HttpMethod.PUT, "/process-definition/suspended");
    call(matchers, HttpMethod.DELETE, "/process-definition/key/{key}/delete");
    call(matchers, HttpMethod.DELETE, "/process-definition/key/{key}/tenant-id/{tenantId}/delete");
    call(matchers, HttpMethod.POST, "/process-instance/{id}/modification");
    call(matchers, HttpMethod.POST, "/process-instance/{id}/modification-async");
    call(matchers, HttpMethod.PUT, "/process-instance/{id}/suspended");
    call(matchers, HttpMethod.DELETE, "/process-instance/{id}");
    call(matchers, HttpMethod.PUT, "/process-instance/suspended");
    call(matchers, HttpMethod.POST, "/process-instance/suspended-async");
    call(matchers, HttpMethod.POST, "/process-instance/delete");
    call(matchers, HttpMethod.POST, "/process-instance/delete-historic-query-based");
    call(matchers, HttpMethod.POST, "/process-instance/message-async");
    call(matchers, HttpMethod.POST, "/process-instance/job-retries");
    call(matchers, HttpMethod.POST, "/process-instance/job-retries-historic-query-based");
    call(matchers, null, "/migration/**");
    call(matchers, HttpMethod.POST, "/message");
    call(matchers, HttpMethod.POST, "/message/**");
    call(matchers, HttpMethod.POST, "/signal");
    call(matchers, HttpMethod.POST, "/signal/**");
    call(matchers, HttpMethod.POST, "/condition");
    call(matchers, HttpMethod.POST, "/execution/{id}/signal");
    call(matchers, HttpMethod.POST, "/execution/{id}/messageSubscriptions/{messageName}/trigger");
    // a BPMN error or escalation thrown on a task leaves it without its form and its checks
    call(matchers, HttpMethod.POST, "/task/{id}/bpmnError");
    call(matchers, HttpMethod.POST, "/task/{id}/bpmnEscalation");
    // timers fired early, suspended or moved
    call(matchers, HttpMethod.POST, "/job/{id}/execute");
    call(matchers, HttpMethod.PUT, "/job/{id}/duedate");
    call(matchers, HttpMethod.POST, "/job/{id}/duedate/recalculate");
    call(matchers, HttpMethod.PUT, "/job/{id}/suspended");
    call(matchers, HttpMethod.PUT, "/job/suspended");
    call(matchers, HttpMethod.PUT, "/job-definition/{id}/suspended");
    call(matchers, HttpMethod.PUT, "/job-definition/suspended");
    // deleting a deployment (cascade) or history removes running projects and their audit trail
    call(matchers, HttpMethod.DELETE, "/deployment/{id}");
    call(matchers, HttpMethod.DELETE, "/history/**");
    call(matchers, HttpMethod.POST, "/history/process-instance/delete");
    call(matchers, HttpMethod.POST, "/history/decision-instance/delete");
    return new OrRequestMatcher(matchers);
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

  /** The same engine path under every engine root; {@code method} null means any method. */
  static void call(List<RequestMatcher> matchers, HttpMethod method, String enginePath) {
    for (String root : ENGINE_ROOTS) {
      matchers.add(method == null ? PATHS.matcher(root + enginePath) : PATHS.matcher(method, root + enginePath));
    }
  }

  private static void write(HttpServletResponse response, String reason) throws IOException {
    JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", reason);
  }
}
