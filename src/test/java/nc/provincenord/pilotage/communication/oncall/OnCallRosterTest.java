package nc.provincenord.pilotage.communication.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The on-call roster in the database: demo seeding, and who may read or change it through the page and the
 * JSON API (a refused change is a 400 with its French message). Each rule and its message is tested without
 * the application by {@link OnCallRosterRulesTest}.
 */
class OnCallRosterTest extends PilotageIntegrationTest {

  /** Far-future weeks that no other test uses. */
  static final LocalDate MONDAY = LocalDate.of(2099, 3, 2);

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  OnCallRoster roster;

  @AfterEach
  void removeTestWeeks() {
    for (int i = 0; i < 4; i++) {
      roster.remove(MONDAY.plusWeeks(i));
    }
  }

  @Test
  void theDemoSeedsAstreinteOnDutyAndCommAsBackupForNineWeeks() {
    List<OnCallWeek> weeks = roster.weeks(roster.currentWeek(), 9);
    assertThat(weeks).hasSize(9).allSatisfy(week -> {
      assertThat(week.onDutyUser()).isEqualTo("astreinte");
      assertThat(week.backupUser()).isEqualTo("comm");
    });
    assertThat(roster.planIfEmpty(roster.currentWeek(), 9, "astreinte", "comm", "demo")).as("idempotent").isZero();
  }

  @Test
  void onlyTheCommunicationServiceChangesTheRosterThroughTheApi() throws Exception {
    String body = "{\"astreinte\":\"astreinte\",\"suppleant\":\"comm\"}";
    assertThat(call("cdp", "GET", "/api/astreinte/semaines", null).statusCode()).isEqualTo(403);
    assertThat(call("cdp", "PUT", "/api/astreinte/semaines/" + MONDAY, body).statusCode()).isEqualTo(403);
    assertThat(call("astreinte", "PUT", "/api/astreinte/semaines/" + MONDAY, body).statusCode())
        .as("on-call agents read the roster but do not change it").isEqualTo(403);

    HttpResponse<String> saved = call("comm", "PUT", "/api/astreinte/semaines/" + MONDAY, body);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(roster.weeks(MONDAY, 1).get(0)).isEqualTo(new OnCallWeek(MONDAY, "astreinte", "comm"));

    HttpResponse<String> overlap = call("comm", "POST", "/api/astreinte/semaines",
        "{\"semaine\":\"" + MONDAY + "\",\"astreinte\":\"comm\"}");
    assertThat(overlap.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(overlap.body()).get("message").asText()).contains("déjà planifiée");
    HttpResponse<String> empty = call("comm", "PUT", "/api/astreinte/semaines/" + MONDAY.plusWeeks(1), "{\"suppleant\":\"comm\"}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(empty.body()).get("erreurs").get(0).asText()).startsWith("Une semaine sans agent d'astreinte");

    HttpResponse<String> read = call("astreinte", "GET", "/api/astreinte/semaines?depuis=" + MONDAY + "&nombre=2", null);
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode weeks = JSON.readTree(read.body());
    assertThat(weeks.get(0).get("astreinte").asText()).isEqualTo("astreinte");
    assertThat(weeks.get(1).get("sansAstreinte").asBoolean()).isTrue();
    assertThat(weeks.get(1).get("alerte").asText()).isEqualTo("Aucun agent d'astreinte pour la semaine du 09/03/2099.");
  }

  @Test
  void theFrenchPageShowsTheWeeksAndAcceptsTheFormOnlyWithItsCsrfTokenFromTheCommunicationService() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> page = browser.send(request("comm", "/astreinte").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Tableau d'astreinte communication", "semaine en cours", "Planifier ou modifier une semaine");
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).as("the form carries its CSRF token").isTrue();

    String form = "semaine=" + MONDAY + "&astreinte=astreinte&suppleant=comm";
    HttpResponse<String> withoutToken = browser.send(request("comm", "/astreinte").header("Content-Type", "application/x-www-form-urlencoded").POST(formBody(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(roster.weeks(MONDAY, 1).get(0).gap()).isTrue();

    HttpResponse<String> withToken = browser.send(request("comm", "/astreinte").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(formBody(form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(withToken.statusCode()).as("redirected back to the page").isEqualTo(302);
    assertThat(roster.weeks(MONDAY, 1).get(0).onDutyUser()).isEqualTo("astreinte");

    HttpResponse<String> refused = browser.send(request("comm", "/astreinte").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(formBody("semaine=" + MONDAY.plusWeeks(1) + "&astreinte=&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(302);
    HttpResponse<String> afterError = browser.send(request("comm", "/astreinte").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(afterError.body()).contains("La semaine n'a pas été enregistrée", "Une semaine sans agent d&#39;astreinte n&#39;est pas possible");

    HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    assertThat(other.send(request("cdp", "/astreinte").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    HttpResponse<String> readOnly = other.send(request("astreinte", "/astreinte").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(readOnly.statusCode()).isEqualTo(200);
    // The page's only form is then the shared header's logout: no roster form.
    assertThat(readOnly.body()).contains("Seul le service communication peut modifier ce tableau")
        .doesNotContain("action=\"/astreinte\"", "roster-form");
  }

  private HttpResponse<String> call(String user, String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(user, path).header("Accept", "application/json");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials);
  }

  private static HttpRequest.BodyPublisher formBody(String form) {
    return HttpRequest.BodyPublishers.ofString(form);
  }
}
