package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.communication.publication.PublicationVariables;
import nc.provincenord.pilotage.communication.urgent.UrgentVariables;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.network.MeetingVariables;
import nc.provincenord.pilotage.portfolio.ReportVariables;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The one gate: what each kind of caller gets, with and without credentials. */
class SecurityGateTest extends PilotageIntegrationTest {

  private static final String VALID_BPMN = directProcess("designer-check");

  /** The smallest valid model a designer deploys: start, then end, with its time to live. */
  static String directProcess(String processId) {
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                   targetNamespace="http://pilotage.test">
        <process id="%s" name="Vérification concepteur" isExecutable="true" camunda:historyTimeToLive="P30D">
          <startEvent id="Event_Start" />
          <sequenceFlow id="Flow_Direct" sourceRef="Event_Start" targetRef="Event_End" />
          <endEvent id="Event_End" />
        </process>
      </definitions>
      """.formatted(processId);
  }

  @Test
  void theRestApiAnswers401WithoutCredentialsAndWithWrongOnes() {
    Response anonymous = rest().anonymous(HttpMethod.GET, "/engine-rest/process-definition");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.headers().getFirst("WWW-Authenticate")).as("no browser prompt").isNull();

    // Unknown users only: a wrong password for a real one would lock it for a few seconds
    // (Camunda's login throttling) and disturb the other tests.
    // (and a fresh unknown name each time: the login throttle slows repeated failures of one name).
    assertThat(rest().get("inconnu-" + java.util.UUID.randomUUID(), "/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void theJsonApiAnswers401WithoutCredentials() {
    assertThat(rest().anonymous(HttpMethod.GET, "/api/projects").status()).isEqualTo(401);
    assertThat(rest().anonymous(HttpMethod.GET, "/camunda/api/engine/engine/default/task").status()).isEqualTo(401);
  }

  @Test
  void tasklistOffersEachRoleOnlyTheProcessesItMayStart() {
    assertThat(startable("demandeur"))
        .contains(WatchVariables.PROCESS_KEY, LifecycleVariables.PROCESS_KEY, PublicationVariables.PROCESS_KEY)
        .doesNotContain(UrgentVariables.PROCESS_KEY, MeetingVariables.PROCESS_KEY, LifecycleVariables.CHANGE_MANAGEMENT_KEY,
            ReportVariables.PROCESS_KEY);
    assertThat(startable("astreinte")).contains(UrgentVariables.PROCESS_KEY, WatchVariables.PROCESS_KEY)
        .doesNotContain(LifecycleVariables.PROCESS_KEY, PublicationVariables.PROCESS_KEY);
    assertThat(startable("moa")).as("business owners start nothing").isEmpty();
  }

  /** What Tasklist's "Démarrer un processus" lists for the user. */
  private java.util.List<String> startable(String user) {
    Response response = rest().get(user, "/engine-rest/process-definition?latestVersion=true&active=true"
        + "&startableInTasklist=true&startablePermissionCheck=true&notStartableInTasklist=false");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    java.util.List<String> keys = new java.util.ArrayList<>();
    response.body().forEach(definition -> keys.add(definition.get("key").asText()));
    return keys;
  }

  @Test
  void aDesignerDeploysFromModelerAndNobodyElseMay() {
    EngineRestClient rest = rest();
    assertThat(rest.deploy(null, "designer-check", "designer-check.bpmn", VALID_BPMN).status()).isEqualTo(401);
    assertThat(rest.deploy("cdp", "designer-check", "designer-check.bpmn", VALID_BPMN).status()).isEqualTo(403);
    assertThat(rest.deploy("admin", "designer-check", "designer-check.bpmn", VALID_BPMN).status()).isEqualTo(200);

    Response deployed = rest.deploy("concepteur", "designer-check", "designer-check.bpmn", VALID_BPMN.replace("P30D", "P31D"));
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
    assertThat(deployed.body().get("deployedProcessDefinitions").size()).isEqualTo(1);
  }

  @Test
  void aModelWithoutHistoryTimeToLiveIsRefusedWithAReadableMessage() {
    Response refused = rest().deploy("concepteur", "no-ttl", "no-ttl.bpmn",
        VALID_BPMN.replace(" camunda:historyTimeToLive=\"P30D\"", "").replace("designer-check", "no-ttl"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).containsIgnoringCase("History Time To Live");
  }

  @Test
  void aMalformedModelIsRefusedWithAReadableMessage() {
    Response refused = rest().deploy("concepteur", "broken", "broken.bpmn", VALID_BPMN.replace("</process>", ""));

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.message()).contains("Modèle mal formé", "broken.bpmn", "</process>");
  }

  @Test
  void theWebAppsRedirectBrowsersToTheFrenchLoginPage() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

    String page = browser.get("/login").body();
    assertThat(page).contains("lang=\"fr\"", "Identifiant", "Mot de passe", "Se connecter");
  }

  @Test
  void oneLoginOpensTheWebAppsWithTheRightApplicationsAndLogoutCloses() throws Exception {
    Browser committee = new Browser();
    HttpResponse<String> login = committee.login("copil", DEMO_PASSWORD);
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith(SecurityConfiguration.WELCOME_PAGE));

    committee.get(SecurityConfiguration.WELCOME_PAGE);
    HttpResponse<String> camundaUser = committee.get("/camunda/api/admin/auth/user/default");
    assertThat(camundaUser.statusCode()).as("the web apps trust the Spring Security login").isEqualTo(200);
    assertThat(camundaUser.body()).contains("\"userId\":\"copil\"", "cockpit", "tasklist");

    Browser projectManager = new Browser();
    projectManager.login("cdp", DEMO_PASSWORD);
    projectManager.get(SecurityConfiguration.WELCOME_PAGE);
    assertThat(projectManager.get("/camunda/api/admin/auth/user/default").body())
        .contains("tasklist").doesNotContain("cockpit");

    HttpResponse<String> logout = committee.post("/logout", "_csrf=" + committee.csrfToken());
    assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
    assertThat(committee.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(302);
  }

  @Test
  void aWrongPasswordShowsTheFrenchError() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> login = browser.login("inconnu-" + java.util.UUID.randomUUID(), "mauvais");
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    assertThat(browser.get("/login?error").body()).contains("Identifiant ou mot de passe incorrect.");
  }

  @Test
  void healthIsPublicAndTheOtherActuatorEndpointsAreForAdministrators() {
    Response health = rest().anonymous(HttpMethod.GET, "/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().get("status").asText()).isEqualTo("UP");

    assertThat(rest().anonymous(HttpMethod.GET, "/actuator/metrics").status()).isEqualTo(401);
    assertThat(rest().get("cdp", "/actuator/metrics").status()).isEqualTo(403);
    assertThat(rest().get("admin", "/actuator/metrics").status()).isEqualTo(200);
    assertThat(rest().get("admin", "/actuator/health").body().toString()).contains("\"db\"");
  }

  /** A browser session: cookies kept, redirects not followed, so each answer can be checked. */
  private final class Browser {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      String accept = path.startsWith("/camunda/api/") ? "application/json" : "text/html";
      return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
      String token = csrfToken();
      return post("/login", "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token));
    }

    String csrfToken() throws IOException, InterruptedException {
      Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
      assertThat(matcher.find()).as("the login form carries a CSRF token").isTrue();
      return matcher.group(1);
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
