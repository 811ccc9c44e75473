package nc.provincenord.pilotage.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's cookies and redirects by hand, without a browser: the login form, the provider's
 * round trip, and the Camunda web apps' API with their XSRF token, as Tasklist sends it.
 */
final class BrowserlessSession {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private String camundaToken;

  BrowserlessSession(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  HttpResponse<String> login(String user, String password) {
    return postForm("/login", "username=" + encode(user) + "&password=" + encode(password) + "&_csrf="
        + encode(csrfToken()));
  }

  /** The login page's CSRF token, the same for every form of the session. */
  String csrfToken() {
    Matcher matcher = CSRF_FIELD.matcher(get("/login").body());
    if (!matcher.find()) {
      throw new IllegalStateException("the login form carries no CSRF token");
    }
    return matcher.group(1);
  }

  HttpResponse<String> get(String pathOrUrl) {
    String accept = pathOrUrl.contains("/camunda/api/") || pathOrUrl.contains("/actuator/") ? "application/json" : "text/html";
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", accept).GET().build());
    response.headers().firstValue("X-XSRF-TOKEN").filter(token -> !"Required".equals(token))
        .ifPresent(token -> camundaToken = token);
    return response;
  }

  /** Follows the Location of a redirect, wherever it points (Pilotage or the provider). */
  HttpResponse<String> follow(HttpResponse<String> redirect) {
    String location = redirect.headers().firstValue("Location")
        .orElseThrow(() -> new IllegalStateException("not a redirect: " + redirect.statusCode() + " " + redirect.body()));
    return get(redirect.uri().resolve(location).toString());
  }

  HttpResponse<String> postForm(String path, String form) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  /** A JSON call of a Camunda web app (Tasklist, Admin): its XSRF token is fetched first. */
  HttpResponse<String> camundaPost(String path, String json) {
    if (camundaToken == null) {
      get("/camunda/api/engine/engine/");
    }
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("Accept", "application/json").header("X-XSRF-TOKEN", camundaToken == null ? "" : camundaToken)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
