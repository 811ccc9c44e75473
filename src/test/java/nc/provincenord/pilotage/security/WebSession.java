package nc.provincenord.pilotage.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser session on the Camunda web apps, as Tasklist holds it: the French login form, then the
 * session cookie and Camunda's {@code XSRF-TOKEN} sent back in {@code X-XSRF-TOKEN}.
 */
final class WebSession {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private WebSession(int port) {
    this.port = port;
  }

  record Answer(int status, String body) {
  }

  static WebSession login(int port, String user, String password) throws IOException, InterruptedException {
    WebSession session = new WebSession(port);
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(session.send("GET", "/login", null, null).body());
    if (!csrf.find()) {
      throw new IllegalStateException("pas de jeton CSRF sur la page de connexion");
    }
    session.send("POST", "/login", "application/x-www-form-urlencoded", "username=" + encode(user) + "&password="
        + encode(password) + "&_csrf=" + encode(csrf.group(1)));
    session.send("GET", "/camunda/app/tasklist/default/", null, null);
    session.send("GET", "/camunda/api/engine/engine/", null, null);
    return session;
  }

  Answer postJson(String path, String json) throws IOException, InterruptedException {
    return send("POST", path, "application/json", json);
  }

  Answer send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", path.startsWith("/camunda/api/") ? "application/json" : "text/html")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    String xsrf = xsrfToken();
    if (xsrf != null) {
      request.header("X-XSRF-TOKEN", xsrf);
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
