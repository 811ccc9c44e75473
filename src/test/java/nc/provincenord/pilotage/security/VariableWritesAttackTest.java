package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

/**
 * Nobody outside {@code camunda-admin} writes a variable directly, under {@code /engine-rest} and
 * under the web apps' {@code /camunda/api/engine/engine/default} alike: every demo group, on its own
 * tasks and instances and on others', gets a 403 in French and the variables stay as they were. Behind
 * the gate, the engine refuses it too: a candidate holds {@code TASK_WORK}, not {@code UPDATE}.
 */
class VariableWritesAttackTest extends PilotageIntegrationTest {

  private static final List<String> EVERY_GROUP_BUT_ADMINS = List.of(
      "demandeur", "cdp", "moa", "moe", "copil", "comm", "referent", "astreinte", "concepteur");
  private static final List<String> ROOTS = List.of("/engine-rest", "/engine-rest/engine/default",
      "/camunda/api/engine/engine/default");
  private static final String FORGED = "{\"value\":\"LIGHT\",\"type\":\"String\"}";
  private static final String MODIFICATIONS = "{\"modifications\":{\"projectTrack\":{\"value\":\"LIGHT\",\"type\":\"String\"}}}";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyGroupGets403OnEveryVariableWriteAndNothingChanges() throws Exception {
    MajorProject analysed = MajorProject.requested(rest());
    MajorProject validated = MajorProject.atValidation(rest());
    List<String> tasks = List.of(analysed.taskId("cdp", "Task_AnalyseNeeds"),
        validated.taskId("moa", "Task_ValidateSpecification"), validated.taskId("moe", "Task_GiveTechnicalOpinion"));
    Map<String, Object> analysedBefore = processEngine.getRuntimeService().getVariables(analysed.processInstanceId);
    Map<String, Object> validatedBefore = processEngine.getRuntimeService().getVariables(validated.processInstanceId);

    List<String> unexpected = new ArrayList<>();
    for (String user : EVERY_GROUP_BUT_ADMINS) {
      for (String root : ROOTS) {
        for (String task : tasks) {
          for (String variables : List.of("/variables", "/localVariables")) {
            expect403(user, "PUT", root + "/task/" + task + variables + "/projectTrack", FORGED, unexpected);
            expect403(user, "POST", root + "/task/" + task + variables, MODIFICATIONS, unexpected);
            expect403(user, "DELETE", root + "/task/" + task + variables + "/projectTrack", null, unexpected);
          }
        }
        for (String instance : List.of(analysed.processInstanceId, validated.processInstanceId)) {
          expect403(user, "PUT", root + "/process-instance/" + instance + "/variables/projectTrack", FORGED, unexpected);
          expect403(user, "POST", root + "/process-instance/" + instance + "/variables", MODIFICATIONS, unexpected);
          expect403(user, "DELETE", root + "/process-instance/" + instance + "/variables/projectTrack", null, unexpected);
          expect403(user, "PUT", root + "/execution/" + instance + "/localVariables/projectTrack", FORGED, unexpected);
          expect403(user, "POST", root + "/execution/" + instance + "/localVariables", MODIFICATIONS, unexpected);
          expect403(user, "DELETE", root + "/execution/" + instance + "/localVariables/projectTrack", null, unexpected);
          expect403(user, "POST", root + "/process-instance/variables-async", "{\"processInstanceIds\":[\"" + instance
              + "\"],\"variables\":{\"projectTrack\":" + FORGED + "}}", unexpected);
        }
      }
    }

    assertThat(unexpected).as("every write refused with the French message").isEmpty();
    // Json values (the communes) compare by their text.
    assertThat(processEngine.getRuntimeService().getVariables(analysed.processInstanceId)).hasToString(analysedBefore.toString());
    assertThat(processEngine.getRuntimeService().getVariables(validated.processInstanceId)).hasToString(validatedBefore.toString());
    assertThat(validated.variable(LifecycleVariables.TRACK.name()).get("value").asText()).isEqualTo("MAJOR");
  }

  @Test
  void readsStayOpenAndAnAdministratorStillWrites() throws Exception {
    MajorProject project = MajorProject.atValidation(rest());
    String moaTask = project.taskId("moa", "Task_ValidateSpecification");

    assertThat(send("moa", "GET", "/engine-rest/task/" + moaTask + "/variables", null).statusCode()).isEqualTo(200);
    HttpResponse<String> admin = send("admin", "PUT", "/engine-rest/process-instance/" + project.processInstanceId
        + "/variables/adminNote", "{\"value\":\"réparation\",\"type\":\"String\"}");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(204);
    assertThat(processEngine.getRuntimeService().getVariable(project.processInstanceId, "adminNote")).isEqualTo("réparation");
  }

  @Test
  void theEngineItselfRefusesACandidatesVariableWrite() {
    MajorProject project = MajorProject.atValidation(rest());
    String moaTask = project.taskId("moa", "Task_ValidateSpecification");
    assertThat(processEngine.getAuthorizationService().isUserAuthorized("moa", List.of("moa"), Permissions.TASK_WORK,
        Resources.TASK, moaTask)).isTrue();
    assertThat(processEngine.getAuthorizationService().isUserAuthorized("moa", List.of("moa"), Permissions.UPDATE,
        Resources.TASK, moaTask)).as("candidates do not get UPDATE").isFalse();

    IdentityService identity = processEngine.getIdentityService();
    identity.setAuthentication("moa", List.of("moa"));
    try {
      assertThatThrownBy(() -> processEngine.getTaskService().setVariable(moaTask, LifecycleVariables.TRACK.name(), "LIGHT"))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> processEngine.getTaskService().setVariableLocal(moaTask, LifecycleVariables.TRACK.name(), "LIGHT"))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> processEngine.getTaskService().removeVariable(moaTask, LifecycleVariables.TRACK.name()))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> processEngine.getRuntimeService().setVariable(project.processInstanceId, LifecycleVariables.TRACK.name(), "LIGHT"))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(project.variable(LifecycleVariables.TRACK.name()).get("value").asText()).isEqualTo("MAJOR");
  }

  @Test
  void aCandidateStillClaimsAndCompletesItsTask() throws Exception {
    MajorProject project = MajorProject.atValidation(rest());
    String moaTask = project.taskId("moa", "Task_ValidateSpecification");

    assertThat(send("moa", "POST", "/engine-rest/task/" + moaTask + "/claim", "{\"userId\":\"moa\"}").statusCode()).isEqualTo(204);
    project.submit("moa", "Task_ValidateSpecification", Map.of(LifecycleVariables.MOA_DECISION.name(), "APPROVE"));

    assertThat(processEngine.getTaskService().createTaskQuery().taskId(moaTask).count()).isZero();
  }

  private void expect403(String user, String method, String path, String body, List<String> unexpected)
      throws IOException, InterruptedException {
    HttpResponse<String> response = send(user, method, path, body);
    if (response.statusCode() != 403 || !response.body().contains("Accès refusé : votre rôle ne permet pas cette opération")) {
      unexpected.add(user + " " + method + " " + path + " → " + response.statusCode() + " " + response.body());
    }
  }

  private HttpResponse<String> send(String user, String method, String path, String body) throws IOException, InterruptedException {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + credentials)
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
