package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;

/** HTTP Basic is for programs: no browser is ever challenged, no cross-site request changes anything. */
class BasicChainTest extends PilotageIntegrationTest {

  @Test
  void noAnswerEverChallengesABrowserForBasicCredentials() throws Exception {
    AttackBrowser browser = new AttackBrowser(port);
    String[][] calls = {
        {"/engine-rest/task", "Accept", "text/html"},
        {"/api/projects", "Accept", "application/json"},
        {"/camunda/api/engine/engine/default/task", "X-Requested-With", "XMLHttpRequest"},
        {"/actuator/metrics", "X-Requested-With", "XMLHttpRequest"},
    };
    for (String[] call : calls) {
      HttpResponse<String> anonymous = browser.get(call[0], call[1], call[2]);
      assertThat(anonymous.statusCode()).as(call[0]).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(call[0]).isEmpty();

      HttpResponse<String> wrong = browser.get(call[0], call[1], call[2], "Authorization", basic("inconnu-" + java.util.UUID.randomUUID(), "mauvais"));
      assertThat(wrong.statusCode()).as(call[0]).isEqualTo(401);
      assertThat(wrong.headers().firstValue("WWW-Authenticate")).as(call[0]).isEmpty();
    }
    assertThat(browser.get("/engine-rest/task").body()).contains("Authentification requise.");
  }

  @Test
  void aStateChangingBasicRequestFromAnotherSiteIsRefusedAndDeploysNothing() throws Exception {
    AttackBrowser attacker = new AttackBrowser(port);
    String[][] crossSite = {{"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"}, {"Origin", "null"},
        {"Sec-Fetch-Site", "same-site"}};
    for (String[] header : crossSite) {
      HttpResponse<String> refused = attacker.post("/engine-rest/deployment/create", "multipart/form-data; boundary=b",
          multipart("cross-site-deploy"), "Authorization", basic("concepteur", DEMO_PASSWORD), header[0], header[1]);
      assertThat(refused.statusCode()).as(header[0] + ": " + header[1]).isEqualTo(403);
      assertThat(refused.body()).contains("Requête refusée : elle vient d'un autre site.");
    }
    HttpResponse<String> json = attacker.post("/engine-rest/process-definition/key/technology-watch/submit-form",
        "application/json", "{\"variables\":{}}", "Authorization", basic("demandeur", DEMO_PASSWORD),
        "Origin", "https://evil.example");
    assertThat(json.statusCode()).isEqualTo(403);
    assertThat(processEngine.getRepositoryService().createDeploymentQuery().deploymentName("cross-site-deploy").count())
        .isZero();
  }

  @Test
  void camundaModelerSendsCredentialsUpFrontWithoutOriginAndKeepsDeploying() {
    Response deployed = rest().deploy("concepteur", "modeler-basic", "modeler-basic.bpmn", SecurityGateTest.directProcess("modeler-basic"));
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
    assertThat(deployed.headers().getFirst("WWW-Authenticate")).isNull();
  }

  @Test
  void pilotagesOwnPagesMayStillPostFromTheirOwnOrigin() throws Exception {
    AttackBrowser browser = new AttackBrowser(port);
    String origin = "http://localhost:" + port;
    HttpResponse<String> login = browser.post("/login", "application/x-www-form-urlencoded",
        "username=cdp&password=" + DEMO_PASSWORD + "&_csrf=" + AttackBrowser.encode(browser.csrfToken()),
        "Origin", origin, "Sec-Fetch-Site", "same-origin");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/welcome/default/"));
  }

  private static String multipart(String deploymentName) {
    return "--b\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + deploymentName + "\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"x.bpmn\"; filename=\"x.bpmn\"\r\n\r\n"
        + SecurityGateTest.directProcess("cross-site-check") + "\r\n--b--\r\n";
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
