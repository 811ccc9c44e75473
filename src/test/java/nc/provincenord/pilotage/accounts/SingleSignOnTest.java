package nc.provincenord.pilotage.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageApplication;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.watch.WatchVariables;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code SPRING_PROFILES_ACTIVE=oidc} against a real OpenID Connect provider in process
 * (mock-oauth2-server): the authorization-code round trip through Spring Security without a
 * browser, then Tasklist's API as that user, groups from the token's {@code groups} claim, and a
 * logout that ends the provider's session too.
 */
@Tag(PilotageIntegrationTest.OWN_ENGINE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnTest {

  private static final String ISSUER = "province";
  private static final String ADMIN = "dsi.admin";
  private static final String ADMIN_PASSWORD = "Secret-Admin-2026!";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static MockOAuth2Server provider;
  private static ConfigurableApplicationContext pilotage;
  private static int port;
  private static BrowserlessSession manager;

  @BeforeAll
  static void start() {
    provider = new MockOAuth2Server();
    provider.start(InetAddress.getLoopbackAddress(), 0);
    pilotage = new SpringApplicationBuilder(PilotageApplication.class).profiles("oidc").run(
        "--spring.datasource.url=jdbc:h2:mem:pilotage-oidc;DB_CLOSE_DELAY=-1",
        "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false",
        "--pilotage.notification.dispatcher.enabled=false",
        "--pilotage.admin.user=" + ADMIN,
        "--pilotage.admin.password=" + ADMIN_PASSWORD,
        "--pilotage.admin-group=GG-Pilotage-Admins",
        "--spring.security.oauth2.client.provider.province.issuer-uri=" + provider.issuerUrl(ISSUER),
        "--spring.security.oauth2.client.registration.province.client-id=pilotage",
        "--spring.security.oauth2.client.registration.province.client-secret=secret-de-test");
    port = ((WebServerApplicationContext) pilotage).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    if (pilotage != null) {
      pilotage.close();
    }
    if (provider != null) {
      provider.shutdown();
    }
  }

  @Test
  @Order(1)
  void aProvinceAccountLogsInThroughTheProviderAndWorksInTasklist() throws Exception {
    assertThat(new BrowserlessSession(port).get("/login").body()).contains("/oauth2/authorization/province")
        .contains("Se connecter avec son compte de la Province");
    manager = new BrowserlessSession(port);
    HttpResponse<String> welcome = singleSignOn(manager, "jp.goa", "Jean-Pierre", "Goa", "Jean-Pierre.Goa@province-nord.nc",
        List.of("chefs-de-projet", "GG-Autre-Service"));
    assertThat(welcome.headers().firstValue("Location").orElse("")).endsWith("/camunda/app/welcome/default/");

    IdentityService identity = pilotage.getBean(ProcessEngine.class).getIdentityService();
    User user = identity.createUserQuery().userId("jp.goa").singleResult();
    assertThat(user.getFirstName()).isEqualTo("Jean-Pierre");
    assertThat(user.getEmail()).isEqualTo("Jean-Pierre.Goa@province-nord.nc");
    assertThat(identity.createGroupQuery().groupMember("jp.goa").list()).extracting(Group::getId)
        .containsExactly("chefs-de-projet");

    String instanceId = startWatchItem();
    assertThat(manager.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> tasks = manager.get("/camunda/api/engine/engine/default/task?processInstanceId=" + instanceId);
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    JsonNode list = JSON.readTree(tasks.body());
    assertThat(list).hasSize(1);
    HttpResponse<String> completed = manager.camundaPost(
        "/camunda/api/engine/engine/default/task/" + list.get(0).get("id").asText() + "/submit-form",
        "{\"variables\":{\"watchDecision\":{\"value\":\"ARCHIVE\"}}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    assertThat(pilotage.getBean(ProcessEngine.class).getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).finished().count()).isEqualTo(1);
    assertThat(pilotage.getBean(JdbcClient.class).sql("select recipient from notification_outbox where event_key like 'task-created:%'")
        .query(String.class).list()).contains("jean-pierre.goa@province-nord.nc");

    // No password of its own: HTTP Basic is refused to a single sign-on account.
    assertThat(new EngineRestClient(baseUrl(), "n'importe-quoi").get("jp.goa", "/engine-rest/task").status()).isEqualTo(401);
    assertThat(new EngineRestClient(baseUrl(), ADMIN_PASSWORD).get(ADMIN, "/engine-rest/task").status()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void logoutEndsPilotagesSessionAndTheProvidersToo() {
    HttpResponse<String> logout = manager.postForm("/logout", "_csrf=" + BrowserlessSession.encode(manager.csrfToken()));
    String location = logout.headers().firstValue("Location").orElse("");
    assertThat(location).startsWith(provider.issuerUrl(ISSUER) + "/endsession").contains("id_token_hint=")
        .contains("post_logout_redirect_uri=");
    assertThat(manager.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
  }

  @Test
  @Order(3)
  void groupsFollowTheTokenAndTheTokensAdminGroupAdministers() {
    BrowserlessSession admin = new BrowserlessSession(port);
    singleSignOn(admin, "e.nechero", "Éric", "Néchero", "eric.nechero@province-nord.nc", List.of("GG-Pilotage-Admins"));
    assertThat(admin.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
    IdentityService identity = pilotage.getBean(ProcessEngine.class).getIdentityService();
    assertThat(identity.createUserQuery().userId("e.nechero").singleResult().getLastName()).isEqualTo("Néchero");
    assertThat(identity.createGroupQuery().groupMember("e.nechero").list()).extracting(Group::getId)
        .containsExactly("camunda-admin");

    BrowserlessSession moved = new BrowserlessSession(port);
    singleSignOn(moved, "jp.goa", "Jean-Pierre", "Goa", "Jean-Pierre.Goa@province-nord.nc", List.of("moa"));
    assertThat(identity.createGroupQuery().groupMember("jp.goa").list()).extracting(Group::getId).containsExactly("moa");
    assertThat(moved.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
  }

  @Test
  @Order(4)
  void aTokenWithoutTheUserIdIsRefusedWithAFrenchMessage() {
    BrowserlessSession nobody = new BrowserlessSession(port);
    HttpResponse<String> refused = singleSignOn(nobody, null, "Sans", "Identifiant", "sans@province-nord.nc", List.of("moa"));
    assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    String page = nobody.follow(refused).body();
    assertThat(page).contains(LdapDirectoryTest.htmlEscaped(SingleSignOnAccounts.NO_USER_ID.formatted("preferred_username")));
    assertThat(nobody.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
  }

  /** The authorization-code round trip: Pilotage → provider → Pilotage's callback; returns the callback's answer. */
  private HttpResponse<String> singleSignOn(BrowserlessSession session, String userId, String firstName, String lastName,
      String email, List<String> groups) {
    Map<String, Object> claims = new HashMap<>();
    if (userId != null) {
      claims.put("preferred_username", userId);
    }
    claims.put("given_name", firstName);
    claims.put("family_name", lastName);
    claims.put("email", email);
    claims.put("groups", groups);
    provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "sub-" + lastName, "JWT", List.of("pilotage"), claims, 3600));
    HttpResponse<String> toProvider = session.get("/oauth2/authorization/province");
    assertThat(toProvider.statusCode()).isEqualTo(302);
    HttpResponse<String> toCallback = session.follow(toProvider);
    assertThat(toCallback.statusCode()).as(toCallback.body()).isEqualTo(302);
    return session.follow(toCallback);
  }

  private String startWatchItem() {
    Response started = new EngineRestClient(baseUrl(), ADMIN_PASSWORD).submitStartForm(ADMIN, WatchVariables.PROCESS_KEY, Map.of(
        WatchVariables.TITLE.name(), "Connexion unique", WatchVariables.SUMMARY.name(), "Un seul compte pour tous les outils.",
        WatchVariables.SOURCE_URL.name(), "https://example.nc/sso", WatchVariables.DOMAIN.name(), "DATA",
        WatchVariables.RELEVANCE.name(), "Les agents ont trop de mots de passe."));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.body().get("id").asText();
  }

  private static String baseUrl() {
    return "http://localhost:" + port;
  }
}
