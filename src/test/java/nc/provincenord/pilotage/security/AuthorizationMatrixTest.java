package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.WebSession;
import nc.provincenord.pilotage.communication.publication.PublicationVariables;
import nc.provincenord.pilotage.communication.urgent.UrgentVariables;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.network.MeetingVariables;
import nc.provincenord.pilotage.portfolio.ReportVariables;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;

/**
 * What each role may do, in one table a reader sees whole: one row per operation, one column per
 * demo user (one user per group), each cell the expected outcome through the REST API.
 * {@code ✓}: the call passes the gate and the engine's authorizations; {@code ✗}: refused (403, or
 * not even visible: 404 / empty answer) and nothing changed; {@code ·}: not exercised (an
 * administrator starting a process that only the engine starts would have side effects).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends PilotageIntegrationTest {

  private static final List<String> USERS = List.of(
      "demandeur", "cdp", "moa", "moe", "copil", "comm", "referent", "astreinte", "concepteur", "admin");

  private static final String MATRIX = """
      operation                               | demandeur cdp moa moe copil comm referent astreinte concepteur admin
      start project-lifecycle                 |     ✓      ✓   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      start publication-request               |     ✓      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      start urgent-communication              |     ✗      ✗   ✗   ✗    ✗     ✓     ✗        ✓         ✗        ✓
      start referent-meeting                  |     ✗      ✓   ✗   ✗    ✗     ✓     ✗        ✗         ✗        ✓
      start technology-watch                  |     ✓      ✓   ✗   ✓    ✓     ✓     ✗        ✓         ✓        ✓
      start change-management                 |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ·
      start portfolio-report                  |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ·
      start with start instructions           |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      read a project manager's task           |     ✗      ✓   ✗   ✗    ✓     ✗     ✗        ✗         ✗        ✓
      complete a project manager's task       |     ✗      ✓   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      hand a task over to a requester         |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      give back a project manager's task      |     ✗      ✓   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      read a project's variables              |     ✗      ✓   ✗   ✗    ✓     ✗     ✗        ✗         ✗        ✓
      read a project's history                |     ✗      ✓   ✗   ✗    ✓     ✗     ✗        ✗         ✗        ✓
      write a process variable                |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      write a task variable                   |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      modify a process instance               |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      suspend a process instance              |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      delete a process instance               |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      correlate a message                     |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      throw a signal                          |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      deploy a model                          |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✓        ✓
      create a user                           |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      create a group                          |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      join a group                            |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      create an authorization                 |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      open Cockpit                            |     ✗      ✗   ✗   ✗    ✓     ✗     ✗        ✗         ✗        ✓
      open Admin                              |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      read the metrics                        |     ✗      ✗   ✗   ✗    ✗     ✗     ✗        ✗         ✗        ✓
      """;

  private static final String THROWAWAY_BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                   targetNamespace="http://pilotage.test">
        <process id="matrix-check" name="Vérification de la matrice" isExecutable="true" camunda:historyTimeToLive="P1D">
          <startEvent id="Event_MatrixStarted" />
          <sequenceFlow id="Flow_ToMatrixTask" sourceRef="Event_MatrixStarted" targetRef="Task_MatrixCheck" />
          <userTask id="Task_MatrixCheck" name="Vérifier" camunda:candidateGroups="camunda-admin" />
          <sequenceFlow id="Flow_ToMatrixEnd" sourceRef="Task_MatrixCheck" targetRef="Event_MatrixEnded" />
          <endEvent id="Event_MatrixEnded" />
        </process>
      </definitions>
      """;

  private String projectInstanceId;
  private String lastAnswer;
  private String analysisTaskId;

  @BeforeAll
  void aProjectWaitsForItsNeedsAnalysis() {
    Response started = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(
        LifecycleVariables.TITLE.name(), "Matrice des droits", LifecycleVariables.OBJECTIVE.name(), "Vérifier qui peut faire quoi.",
        LifecycleVariables.DIRECTION.name(), "DSI", LifecycleVariables.TYPE.name(), "SI", LifecycleVariables.ESTIMATED_BUDGET.name(), 1_000_000, LifecycleVariables.COMMUNES.name(), List.of()));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    projectInstanceId = started.body().get("id").asText();
    analysisTaskId = processEngine.getTaskService().createTaskQuery().processInstanceId(projectInstanceId)
        .singleResult().getId();
    assertThat(rest().deploy("admin", "matrix-check", "matrix-check.bpmn", THROWAWAY_BPMN).status()).isEqualTo(200);
  }

  Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
    List<String> header = Arrays.asList(lines.get(0).split("\\|")[1].trim().split("\\s+"));
    assertThat(header).as("the matrix has one column per demo user").isEqualTo(USERS);
    for (String line : lines.subList(1, lines.size())) {
      String operation = line.split("\\|")[0].trim();
      String[] expected = line.split("\\|")[1].trim().split("\\s+");
      assertThat(expected).as(operation).hasSameSizeAs(USERS.toArray());
      for (int column = 0; column < USERS.size(); column++) {
        if (!expected[column].equals("·")) {
          cells.add(Arguments.of(operation, USERS.get(column), expected[column].equals("✓")));
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{1} : {0} → {2}")
  @MethodSource("cells")
  void eachRoleMayDoExactlyWhatTheMatrixSays(String operation, String user, boolean allowed) {
    BiFunction<AuthorizationMatrixTest, String, Boolean> attempt = OPERATIONS.get(operation);
    assertThat(attempt).as("an operation of the matrix: " + operation).isNotNull();
    boolean passed = attempt.apply(this, user);
    assertThat(passed).as(user + " : " + operation + " (réponse " + lastAnswer + ")").isEqualTo(allowed);
  }

  private static final Map<String, BiFunction<AuthorizationMatrixTest, String, Boolean>> OPERATIONS = Map.ofEntries(
      Map.entry("start project-lifecycle", (test, user) -> test.start(user, LifecycleVariables.PROCESS_KEY)),
      Map.entry("start publication-request", (test, user) -> test.start(user, PublicationVariables.PROCESS_KEY)),
      Map.entry("start urgent-communication", (test, user) -> test.start(user, UrgentVariables.PROCESS_KEY)),
      Map.entry("start referent-meeting", (test, user) -> test.start(user, MeetingVariables.PROCESS_KEY)),
      Map.entry("start technology-watch", (test, user) -> test.start(user, WatchVariables.PROCESS_KEY)),
      Map.entry("start change-management", (test, user) -> test.start(user, LifecycleVariables.CHANGE_MANAGEMENT_KEY)),
      Map.entry("start portfolio-report", (test, user) -> test.start(user, ReportVariables.PROCESS_KEY)),
      Map.entry("start with start instructions", AuthorizationMatrixTest::startInTheMiddle),
      Map.entry("read a project manager's task", AuthorizationMatrixTest::readTask),
      Map.entry("complete a project manager's task", AuthorizationMatrixTest::completeTask),
      Map.entry("hand a task over to a requester", AuthorizationMatrixTest::handOver),
      Map.entry("give back a project manager's task", AuthorizationMatrixTest::giveBack),
      Map.entry("read a project's variables", AuthorizationMatrixTest::readVariables),
      Map.entry("read a project's history", AuthorizationMatrixTest::readHistory),
      Map.entry("write a process variable", AuthorizationMatrixTest::writeProcessVariable),
      Map.entry("write a task variable", AuthorizationMatrixTest::writeTaskVariable),
      Map.entry("modify a process instance", AuthorizationMatrixTest::modify),
      Map.entry("suspend a process instance", AuthorizationMatrixTest::suspend),
      Map.entry("delete a process instance", AuthorizationMatrixTest::delete),
      Map.entry("correlate a message", AuthorizationMatrixTest::correlate),
      Map.entry("throw a signal", AuthorizationMatrixTest::signal),
      Map.entry("deploy a model", AuthorizationMatrixTest::deploy),
      Map.entry("create a user", AuthorizationMatrixTest::createUser),
      Map.entry("create a group", AuthorizationMatrixTest::createGroup),
      Map.entry("join a group", AuthorizationMatrixTest::joinGroup),
      Map.entry("create an authorization", AuthorizationMatrixTest::createAuthorization),
      Map.entry("open Cockpit", (test, user) -> test.opens(user, "/camunda/app/cockpit/default/",
          "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count")),
      Map.entry("open Admin", (test, user) -> test.opens(user, "/camunda/app/admin/default/",
          "/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?subscriptionStartDate=2026-01-01&groupBy=month")),
      Map.entry("read the metrics", (test, user) -> test.passes(test.rest().get(user, "/actuator/metrics"))));

  /** An empty start form: allowed starters reach the form's own check (400), nobody creates an instance. */
  private boolean start(String user, String processKey) {
    long before = instances(processKey);
    Response response = rest().post(user, "/engine-rest/process-definition/key/" + processKey + "/submit-form",
        Map.of("variables", Map.of()));
    assertThat(instances(processKey)).as("no instance started by an empty form").isEqualTo(before);
    if (response.status() == 400) {
      lastAnswer = response.status() + " " + abbreviate(response.message());
      assertThat(response.message()).as("the form's own French check").contains("obligatoire");
      return true;
    }
    assertThat(refused(response)).as("refused: " + lastAnswer).isTrue();
    return false;
  }

  /**
   * Everyone tries the attack on a process they may start (a project, at its committee approval);
   * the administrator, who may start anything, does it on a throw-away process.
   */
  private boolean startInTheMiddle(String user) {
    boolean administrator = user.equals("admin");
    String processKey = administrator ? "matrix-check" : LifecycleVariables.PROCESS_KEY;
    String activityId = administrator ? "Task_MatrixCheck" : "Task_ApproveProject";
    long before = instances(processKey);
    Response response = rest().post(user, "/engine-rest/process-definition/key/" + processKey + "/start", Map.of(
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activityId)),
        "skipCustomListeners", true, "skipIoMappings", true));
    boolean passed = passes(response);
    assertThat(instances(processKey)).isEqualTo(passed ? before + 1 : before);
    return passed;
  }

  private boolean readTask(String user) {
    return passes(rest().get(user, "/engine-rest/task/" + analysisTaskId));
  }

  /** Completing without the form's fields: the project manager reaches the form check, nobody completes. */
  private boolean completeTask(String user) {
    Response response = rest().post(user, "/engine-rest/task/" + analysisTaskId + "/complete", Map.of("variables", Map.of()));
    assertThat(task(analysisTaskId)).as("the task is still open").isNotNull();
    return response.status() == 400 || passes(response);
  }

  private boolean handOver(String user) {
    Response response = rest().post(user, "/engine-rest/task/" + analysisTaskId + "/assignee", Map.of("userId", "demandeur"));
    Task task = task(analysisTaskId);
    boolean passed = passes(response);
    assertThat(task.getAssignee()).isEqualTo(passed ? "demandeur" : null);
    processEngine.getTaskService().setAssignee(analysisTaskId, null);
    return passed;
  }

  /** The project manager took the task; Tasklist's « Rendre » puts it back in the group's list. */
  private boolean giveBack(String user) {
    processEngine.getTaskService().claim(analysisTaskId, "cdp");
    boolean passed = passes(rest().post(user, "/engine-rest/task/" + analysisTaskId + "/unclaim", Map.of()));
    assertThat(task(analysisTaskId).getAssignee()).isEqualTo(passed ? null : "cdp");
    processEngine.getTaskService().setAssignee(analysisTaskId, null);
    return passed;
  }

  private boolean readVariables(String user) {
    Response response = rest().get(user, "/engine-rest/process-instance/" + projectInstanceId + "/variables");
    return passes(response) && response.body().has(LifecycleVariables.TITLE.name());
  }

  private boolean readHistory(String user) {
    Response response = rest().get(user, "/engine-rest/history/variable-instance?processInstanceId=" + projectInstanceId);
    return passes(response) && response.body().size() > 0;
  }

  private boolean writeProcessVariable(String user) {
    Response response = rest().call(user, HttpMethod.PUT,
        "/engine-rest/process-instance/" + projectInstanceId + "/variables/projectTrack", Map.of("value", "LIGHT"));
    boolean passed = passes(response);
    Object track = processEngine.getRuntimeService().getVariable(projectInstanceId, LifecycleVariables.TRACK.name());
    assertThat(track).isEqualTo(passed ? "LIGHT" : null);
    processEngine.getRuntimeService().removeVariable(projectInstanceId, LifecycleVariables.TRACK.name());
    return passed;
  }

  private boolean writeTaskVariable(String user) {
    Response response = rest().call(user, HttpMethod.PUT,
        "/engine-rest/task/" + analysisTaskId + "/variables/analysisDecision", Map.of("value", "REFUSE"));
    boolean passed = passes(response);
    assertThat(processEngine.getTaskService().getVariable(analysisTaskId, LifecycleVariables.ANALYSIS_DECISION.name())).isEqualTo(passed ? "REFUSE" : null);
    processEngine.getRuntimeService().removeVariable(projectInstanceId, LifecycleVariables.ANALYSIS_DECISION.name());
    return passed;
  }

  private boolean modify(String user) {
    ProcessInstance instance = throwaway();
    Response response = rest().post(user, "/engine-rest/process-instance/" + instance.getId() + "/modification", Map.of(
        "instructions", List.of(Map.of("type", "cancel", "activityId", "Task_MatrixCheck"))));
    boolean passed = passes(response);
    assertThat(ended(instance)).isEqualTo(passed);
    return passed;
  }

  private boolean suspend(String user) {
    ProcessInstance instance = throwaway();
    boolean passed = passes(rest().call(user, HttpMethod.PUT,
        "/engine-rest/process-instance/" + instance.getId() + "/suspended", Map.of("suspended", true)));
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .suspended().count()).isEqualTo(passed ? 1 : 0);
    return passed;
  }

  private boolean delete(String user) {
    ProcessInstance instance = throwaway();
    boolean passed = passes(rest().call(user, HttpMethod.DELETE, "/engine-rest/process-instance/" + instance.getId(), null));
    assertThat(ended(instance)).isEqualTo(passed);
    return passed;
  }

  /** No process waits for this message: an administrator gets the engine's 400, anyone else the gate's 403. */
  private boolean correlate(String user) {
    Response response = rest().post(user, "/engine-rest/message", Map.of("messageName", "matrix-message"));
    return response.status() == 400 || passes(response);
  }

  private boolean signal(String user) {
    return passes(rest().post(user, "/engine-rest/signal", Map.of("name", "matrix-signal")));
  }

  private boolean deploy(String user) {
    return passes(rest().deploy(user, "matrix-check", "matrix-check.bpmn", THROWAWAY_BPMN));
  }

  private boolean createUser(String user) {
    String id = "matrice-" + user;
    boolean passed = passes(rest().post(user, "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", id, "firstName", "Compte", "lastName", "Créé", "email", id + "@example.nc"),
        "credentials", Map.of("password", "Matrice-2026-secret"))));
    assertThat(processEngine.getIdentityService().createUserQuery().userId(id).count()).isEqualTo(passed ? 1 : 0);
    processEngine.getIdentityService().deleteUser(id);
    return passed;
  }

  private boolean createGroup(String user) {
    String id = "matrice-" + user;
    boolean passed = passes(rest().post(user, "/engine-rest/group/create", Map.of("id", id, "name", "Groupe créé", "type", "WORKFLOW")));
    assertThat(processEngine.getIdentityService().createGroupQuery().groupId(id).count()).isEqualTo(passed ? 1 : 0);
    processEngine.getIdentityService().deleteGroup(id);
    return passed;
  }

  /** Anyone but an administrator tries to make themselves administrator; the administrator joins a throw-away group. */
  private boolean joinGroup(String user) {
    boolean administrator = user.equals("admin");
    String group = administrator ? "matrice-rejoindre" : Role.ADMINISTRATORS.groupId();
    if (administrator) {
      processEngine.getIdentityService().saveGroup(processEngine.getIdentityService().newGroup(group));
    }
    boolean passed = passes(rest().call(user, HttpMethod.PUT, "/engine-rest/group/" + group + "/members/" + user, null));
    assertThat(processEngine.getIdentityService().createUserQuery().userId(user).memberOfGroup(group).count())
        .isEqualTo(passed ? 1 : 0);
    if (administrator) {
      processEngine.getIdentityService().deleteGroup(group);
    }
    return passed;
  }

  private boolean createAuthorization(String user) {
    long before = processEngine.getAuthorizationService().createAuthorizationQuery().userIdIn(user).count();
    Response response = rest().post(user, "/engine-rest/authorization/create", Map.of(
        "type", 1, "permissions", List.of("ALL"), "userId", user, "resourceType", 0, "resourceId", "*"));
    boolean passed = passes(response);
    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().userIdIn(user).count())
        .isEqualTo(passed ? before + 1 : before);
    if (passed) {
      processEngine.getAuthorizationService().deleteAuthorization(response.body().get("id").asText());
    }
    return passed;
  }

  /** A web app: its page and its own API, in a browser session. */
  private boolean opens(String user, String page, String api) {
    WebSession browser = new WebSession(port);
    assertThat(browser.login(user, DEMO_PASSWORD).statusCode()).isEqualTo(302);
    int pageStatus = browser.get(page).statusCode();
    int apiStatus = browser.get(api).statusCode();
    lastAnswer = "page " + pageStatus + ", API " + apiStatus;
    assertThat(pageStatus == 200).as("the page and its API agree: " + lastAnswer).isEqualTo(apiStatus == 200);
    return pageStatus == 200;
  }

  private boolean passes(Response response) {
    lastAnswer = response.status() + " " + abbreviate(response.message());
    return !refused(response) && response.status() < 300;
  }

  /** Refused by the gate or the engine, or not even shown to the caller. */
  private boolean refused(Response response) {
    lastAnswer = response.status() + " " + abbreviate(response.message());
    return response.status() == 403 || response.status() == 404;
  }

  private static String abbreviate(String message) {
    return message == null || message.length() <= 160 ? message : message.substring(0, 160) + "…";
  }

  private ProcessInstance throwaway() {
    return processEngine.getRuntimeService().startProcessInstanceByKey("matrix-check");
  }

  private boolean ended(ProcessInstance instance) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
  }

  private Task task(String id) {
    return processEngine.getTaskService().createTaskQuery().taskId(id).singleResult();
  }

  private long instances(String processKey) {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
  }
}
