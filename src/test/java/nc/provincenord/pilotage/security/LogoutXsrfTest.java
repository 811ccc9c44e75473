package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The web apps' logout needs Camunda's XSRF token: another site cannot log a user out, neither by
 * the logout call nor by any tokenless POST (on which Camunda's CsrfPreventionFilter drops the session).
 */
class LogoutXsrfTest extends PilotageIntegrationTest {

  private static final String LOGOUT = "/camunda/api/admin/auth/user/default/logout";
  private static final String WHO = "/camunda/api/admin/auth/user/default";

  @Test
  void aLogoutWithoutTheTokenLeavesTheUserLoggedIn() throws Exception {
    AttackBrowser user = loggedIn();
    HttpResponse<String> forged = user.post(LOGOUT, "application/json", "{}");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains(CamundaXsrfFilter.MESSAGE);
    HttpResponse<String> wrongToken = user.post(LOGOUT, "application/json", "{}", "X-XSRF-TOKEN", "00000000");
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    HttpResponse<String> otherCall = user.post("/camunda/api/engine/engine/default/task/x/claim", "application/json", "{}");
    assertThat(otherCall.statusCode()).as("Camunda would invalidate the session on any tokenless POST").isEqualTo(403);
    assertThat(user.get(WHO, "Accept", "application/json").body()).contains("\"userId\":\"moe\"");
  }

  @Test
  void theWebAppsOwnLogoutCarriesTheTokenAndLogsOut() throws Exception {
    AttackBrowser user = loggedIn();
    String token = user.camundaXsrfToken().orElseThrow();
    HttpResponse<String> logout = user.post(LOGOUT, "application/json", "{}", "X-XSRF-TOKEN", token);
    assertThat(logout.statusCode()).isEqualTo(200);
    assertThat(user.get("/camunda/app/tasklist/default/", "Accept", "text/html").statusCode()).isEqualTo(302);
  }

  @Test
  void camundasOwnLoginFormIsClosedItWouldBypassTheThrottle() throws Exception {
    AttackBrowser user = loggedIn();
    String token = user.camundaXsrfToken().orElseThrow();
    HttpResponse<String> login = user.post("/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", "username=admin&password=devine", "X-XSRF-TOKEN", token);
    assertThat(login.statusCode()).isEqualTo(403);
  }

  private AttackBrowser loggedIn() throws Exception {
    AttackBrowser user = new AttackBrowser(port);
    assertThat(user.login("moe", DEMO_PASSWORD).statusCode()).isEqualTo(302);
    assertThat(user.get(SecurityConfiguration.WELCOME_PAGE).statusCode()).isEqualTo(200);
    assertThat(user.get(WHO, "Accept", "application/json").body()).contains("\"userId\":\"moe\"");
    return user;
  }
}
