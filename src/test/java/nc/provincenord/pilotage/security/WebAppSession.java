package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A browser's session on the Camunda web apps, as Tasklist's own scripts hold it: logged in through
 * the {@code /login} form, then Camunda's {@code XSRF-TOKEN} cookie sent back as {@code X-XSRF-TOKEN}.
 */
public final class WebAppSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final String baseUrl;

  private WebAppSession(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public static WebAppSession login(int port, String user, String password) throws IOException, InterruptedException {
    WebAppSession session = new WebAppSession("http://localhost:" + port);
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(session.get("/login", "text/html").body());
    assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)
            + "&_csrf=" + encode(csrf.group(1)))));
    assertThat(login.headers().firstValue("Location")).as("logged in as " + user)
        .hasValueSatisfying(location -> assertThat(location).endsWith(SecurityConfiguration.WELCOME_PAGE));
    session.get("/camunda/app/tasklist/default/", "text/html");
    assertThat(session.xsrfToken()).as("Camunda's XSRF-TOKEN cookie").isNotBlank();
    return session;
  }

  /** A JSON call of Tasklist's scripts to the web apps' engine API. */
  public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return postJson(path, json, "application/json");
  }

  /** The same with Tasklist's {@code Accept}, e.g. {@code application/hal+json} for a filter's list with its columns. */
  public HttpResponse<String> postJson(String path, String json, String accept) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("Accept", accept).header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
        .map(HttpCookie::getValue)
        .findFirst().orElse(null);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
