package nc.provincenord.pilotage;

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

/** A browser's session without a browser: the French login form, cookies kept, redirects not followed. */
public final class WebSession {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  public WebSession(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** Logs in through the login page; returns the answer to the form (a redirect). */
  public HttpResponse<String> login(String user, String password) {
    String token = csrfToken();
    return post("/login", "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token));
  }

  public HttpResponse<String> get(String path) {
    String accept = path.startsWith("/camunda/api/") ? "application/json" : "text/html";
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET().build());
  }

  public HttpResponse<String> post(String path, String form) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  /** The CSRF token of the login form (the same for the session's other forms). */
  public String csrfToken() {
    Matcher matcher = CSRF_FIELD.matcher(get("/login").body());
    if (!matcher.find()) {
      throw new IllegalStateException("the login form carries no CSRF token");
    }
    return matcher.group(1);
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

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
