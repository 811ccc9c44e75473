package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.communication.oncall.OnCallRoster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18, item 6: a user removed from {@code communication} loses the roster within a minute,
 * in the browser session she opened before, not at the end of her 8-hour session.
 */
class RightsFollowTheDirectoryTest extends PilotageIntegrationTest {

  private static final LocalDate MONDAY = LocalDate.of(2098, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

  @Autowired
  OnCallRoster roster;

  @Test
  void aSessionOpenedBeforeTheUserLeftCommunicationNoLongerChangesTheRoster() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> login = browser.send(session("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
    Matcher loginToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
    assertThat(loginToken.find()).isTrue();
    HttpResponse<String> loggedIn = browser.send(session("/login").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=comm&password=" + DEMO_PASSWORD + "&_csrf="
            + URLEncoder.encode(loginToken.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(loggedIn.statusCode()).as("the login page sends the browser on").isEqualTo(302);
    HttpResponse<String> page = browser.send(session("/astreinte").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<form");
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    String csrf = URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

    processEngine.getIdentityService().deleteMembership("comm", "communication");
    try {
      HttpResponse<String> later = browser.send(session("/astreinte").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(later.statusCode()).as("the session is still open, the right is gone").isEqualTo(403);

      HttpResponse<String> change = browser.send(session("/astreinte").header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("semaine=" + MONDAY + "&astreinte=astreinte&suppleant=comm&_csrf=" + csrf))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(change.statusCode()).isEqualTo(403);
      assertThat(roster.weeks(MONDAY, 1).get(0).gap()).as("the week is still unplanned").isTrue();
    } finally {
      processEngine.getIdentityService().createMembership("comm", "communication");
    }
    HttpResponse<String> back = browser.send(session("/astreinte").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(back.statusCode()).as("given back, the right returns to the same session").isEqualTo(200);
    assertThat(back.body()).contains("<form");
  }

  private HttpRequest.Builder session(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }
}
