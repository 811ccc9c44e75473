package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;

/** Pilotage's pages carry a strict CSP and the privacy headers; the session cookie is SameSite and, over HTTPS, Secure. */
class HeadersAndCookiesTest extends PilotageIntegrationTest {

  @Test
  void theLoginPageAndPilotagesPagesCarryTheirPolicies() throws Exception {
    AttackBrowser browser = new AttackBrowser(port);
    HttpResponse<String> login = browser.get("/login");
    assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.PILOTAGE_CSP);
    assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(login.headers().firstValue("Permissions-Policy")).hasValue(SecurityConfiguration.PERMISSIONS_POLICY);
    assertThat(login.body()).doesNotContain("<script").doesNotContain("style=");

    browser.login("cdp", DEMO_PASSWORD);
    HttpResponse<String> portfolio = browser.get("/portefeuille");
    assertThat(portfolio.statusCode()).isEqualTo(200);
    assertThat(portfolio.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.PILOTAGE_CSP);
    assertThat(portfolio.body()).doesNotContain("<script").doesNotContain(" style=");
  }

  @Test
  void camundasAppsKeepTheirOwnCsp() throws Exception {
    AttackBrowser browser = new AttackBrowser(port);
    browser.login("cdp", DEMO_PASSWORD);
    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    List<String> policies = tasklist.headers().allValues("Content-Security-Policy");
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0)).isNotEqualTo(SecurityConfiguration.PILOTAGE_CSP);
    assertThat(tasklist.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndOverHttpsSecureWithHsts() throws Exception {
    HttpResponse<String> plain = new AttackBrowser(port).get("/login");
    String cookie = plain.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
        .findFirst().orElseThrow();
    assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

    HttpResponse<String> behindTheProxy = new AttackBrowser(port).get("/login", "X-Forwarded-Proto", "https",
        "X-Forwarded-For", "198.51.100.20");
    String secureCookie = behindTheProxy.headers().allValues("Set-Cookie").stream()
        .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(secureCookie).contains("Secure").contains("SameSite=Lax");
    assertThat(behindTheProxy.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
  }
}
