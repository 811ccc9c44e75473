package nc.provincenord.pilotage.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageApplication;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
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
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pilotage with {@code SPRING_PROFILES_ACTIVE=ldap} against a real LDAP server (UnboundID's
 * in-memory directory, over the LDAP protocol) shaped like the province's Active Directory:
 * logins on the page and over Basic, a group's task done, the admin group in Admin, nothing
 * written to Camunda's user tables, and the directory stopped and started again mid-run.
 */
@Tag(PilotageIntegrationTest.OWN_ENGINE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LdapDirectoryTest {

  static final String BASE_DN = "DC=province-nord,DC=nc";
  static final String MANAGER_DN = "CN=svc-pilotage,OU=Services," + BASE_DN;
  static final String MANAGER_PASSWORD = "Compte-Service-2026!";
  static final Map<String, String> PASSWORDS = Map.of("m.poadja", "Poadja-2026!", "jp.goa", "Goa-Chef-2026!",
      "h.tein", "Tein-Copil-2026!", "e.nechero", "Nechero-Admin-2026!");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static InMemoryDirectoryServer directory;
  private static ConfigurableApplicationContext pilotage;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    directory = startDirectory();
    pilotage = new SpringApplicationBuilder(PilotageApplication.class).profiles("ldap").run(
        "--spring.datasource.url=jdbc:h2:mem:pilotage-ldap;DB_CLOSE_DELAY=-1",
        "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false",
        "--pilotage.notification.dispatcher.enabled=false",
        "--pilotage.ldap.url=ldap://127.0.0.1:" + directory.getListenPort(),
        "--pilotage.ldap.manager-dn=" + MANAGER_DN,
        "--pilotage.ldap.manager-password=" + MANAGER_PASSWORD,
        "--pilotage.ldap.base-dn=" + BASE_DN,
        "--pilotage.ldap.user-search-base=OU=Agents",
        "--pilotage.ldap.group-search-base=OU=Groupes Pilotage",
        "--pilotage.ldap.connect-timeout=PT2S",
        "--pilotage.admin-group=GG-Pilotage-Admins");
    port = ((WebServerApplicationContext) pilotage).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    if (pilotage != null) {
      pilotage.close();
    }
    if (directory != null) {
      directory.shutDown(true);
    }
  }

  @Test
  @Order(1)
  void startsOnTheDirectoryOnThe724EngineAndWritesNoAccount() {
    ProcessEngine engine = pilotage.getBean(ProcessEngine.class);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(pilotage.getBean(DirectoryPlugin.class)).isInstanceOf(LdapIdentityProviderPlugin.class);
    assertThat(configuration.getIdentityProviderSessionFactory()).isInstanceOf(LdapIdentityProviderFactory.class);
    assertThat(LdapIdentityProviderPlugin.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .endsWith("camunda-identity-ldap-7.23.0.jar");
    assertThat(ProcessEngine.class.getPackage().getImplementationVersion()).startsWith("7.24");
    IdentityService identity = engine.getIdentityService();
    assertThat(identity.isReadOnly()).isTrue();

    assertThat(rowsIn("act_id_user")).isZero();
    assertThat(rowsIn("act_id_group")).isZero();
    assertThat(rowsIn("act_id_membership")).isZero();
    // Authorizations and shared filters are still made for the contract's group ids.
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("chefs-de-projet").count()).isPositive();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("camunda-admin").count()).isPositive();
    assertThat(engine.getFilterService().createFilterQuery().filterName("Mes tâches").count()).isEqualTo(1);

    // Agents only: neither the service account (another OU) nor the computer account.
    assertThat(identity.createUserQuery().list()).extracting(User::getId)
        .containsExactlyInAnyOrder("m.poadja", "jp.goa", "h.tein", "e.nechero");
    assertThat(identity.createGroupQuery().groupMember("jp.goa").list()).extracting(Group::getId)
        .containsExactly("chefs-de-projet");
    // The directory's admin group is camunda-admin for the engine, with the directory's name.
    assertThat(identity.createGroupQuery().groupMember("e.nechero").list()).extracting(Group::getId, Group::getName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("camunda-admin", "Administrateurs de Pilotage"));
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting(User::getId)
        .containsExactly("e.nechero");
  }

  @Test
  @Order(2)
  void aUserLogsInOnThePageAndOverBasicAndIsRefusedAWrongPassword() {
    BrowserlessSession wrong = new BrowserlessSession(port);
    HttpResponse<String> refused = wrong.login("jp.goa", "Goa-Chef-2025!");
    assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    assertThat(wrong.follow(refused).body()).contains("Identifiant ou mot de passe incorrect.");
    assertThat(wrong.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);

    BrowserlessSession session = new BrowserlessSession(port);
    HttpResponse<String> welcome = session.login("jp.goa", PASSWORDS.get("jp.goa"));
    assertThat(welcome.headers().firstValue("Location").orElse("")).endsWith("/camunda/app/welcome/default/");
    assertThat(session.get("/camunda/app/welcome/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> me = session.get("/camunda/api/admin/auth/user/default");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"jp.goa\"").contains("tasklist");

    assertThat(as("jp.goa").get("jp.goa", "/engine-rest/task").status()).isEqualTo(200);
    assertThat(new EngineRestClient(baseUrl(), "Goa-Chef-2025!").get("jp.goa", "/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  @Order(3)
  void aGroupSeesAndCompletesItsTaskAndMailsGoToTheDirectorysAddresses() {
    String instanceId = startWatchItem("Annuaire de la Province");
    List<JsonNode> tasks = as("jp.goa").tasks("jp.goa", instanceId);
    assertThat(tasks).hasSize(1);
    assertThat(as("m.poadja").tasks("m.poadja", instanceId)).as("another group's task").isEmpty();
    Response completed = as("jp.goa").completeTask("jp.goa", tasks.get(0).get("id").asText(), Map.of(WatchVariables.DECISION.name(), "ARCHIVE"));
    assertThat(completed.status()).as(completed.text()).isEqualTo(204);
    assertThat(pilotage.getBean(ProcessEngine.class).getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).singleResult().getEndActivityId()).isEqualTo("Event_WatchItemArchived");

    assertThat(jdbc().sql("select recipient from notification_outbox where event_key like 'task-created:%'")
        .query(String.class).list()).contains("jean-pierre.goa@province-nord.nc");
    JsonNode profile = as("jp.goa").get("jp.goa", "/engine-rest/user/h.tein/profile").body();
    assertThat(profile.get("firstName").asText()).isEqualTo("Hélène");
    assertThat(profile.get("lastName").asText()).isEqualTo("Tein");
    assertThat(profile.get("email").asText()).isEqualTo("helene.tein@province-nord.nc");
    assertThat(rowsIn("act_id_user") + rowsIn("act_id_membership")).isZero();
  }

  @Test
  @Order(4)
  void theAdminGroupsMemberOpensAdminWhereAccountsAreReadOnly() {
    BrowserlessSession admin = new BrowserlessSession(port);
    admin.login("e.nechero", PASSWORDS.get("e.nechero"));
    assertThat(admin.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
    assertThat(admin.get("/camunda/api/admin/auth/user/default").body()).contains("admin");
    BrowserlessSession manager = new BrowserlessSession(port);
    manager.login("jp.goa", PASSWORDS.get("jp.goa"));
    assertThat(manager.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);

    Response links = as("e.nechero").call("e.nechero", HttpMethod.OPTIONS, "/engine-rest/user", null);
    assertThat(links.status()).isEqualTo(200);
    assertThat(links.text()).doesNotContain("\"rel\":\"create\"");
    Response created = as("e.nechero").post("e.nechero", "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "intrus", "firstName", "In", "lastName", "Trus", "email", "intrus@example.nc"),
        "credentials", Map.of("password", "Intrus-Password-2026!")));
    assertThat(created.status()).as(created.text()).isEqualTo(403);
    assertThat(rowsIn("act_id_user")).isZero();
  }

  @Test
  @Order(5)
  void theDirectoryGoesDownWorkInProgressCarriesOnAndLoginsComeBackWithoutARestart() throws Exception {
    String instanceId = startWatchItem("Panne de l'annuaire");
    BrowserlessSession working = new BrowserlessSession(port);
    working.login("jp.goa", PASSWORDS.get("jp.goa"));
    HttpResponse<String> before = working.get("/camunda/api/engine/engine/default/task?processInstanceId=" + instanceId);
    String taskId = JSON.readTree(before.body()).get(0).get("id").asText();
    BrowserlessSession admin = new BrowserlessSession(port);
    admin.login("e.nechero", PASSWORDS.get("e.nechero"));
    assertThat(JSON.readTree(admin.get("/actuator/health").body()).at("/components/directory/status").asText()).isEqualTo("UP");

    directory.shutDown(true);

    HttpResponse<String> health = admin.get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(503);
    JsonNode directoryHealth = JSON.readTree(health.body()).at("/components/directory");
    assertThat(directoryHealth.get("status").asText()).isEqualTo("DOWN");
    assertThat(directoryHealth.at("/details/message").asText()).isEqualTo(DirectoryHealthIndicator.DOWN);
    HttpResponse<String> publicHealth = new BrowserlessSession(port).get("/actuator/health");
    assertThat(publicHealth.body()).contains("DOWN").doesNotContain("components");

    BrowserlessSession late = new BrowserlessSession(port);
    HttpResponse<String> refused = late.login("h.tein", PASSWORDS.get("h.tein"));
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    HttpResponse<String> page = late.follow(refused);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(htmlEscaped(DirectoryUnavailable.MESSAGE)).doesNotContain("Identifiant ou mot de passe incorrect.");
    assertThat(as("h.tein").get("h.tein", "/engine-rest/task").status()).isEqualTo(401);

    // Already logged in: the task is done through Tasklist's API, the process goes on, even once
    // the web apps' cache of the session's groups (5 minutes) has expired.
    HttpResponse<String> completed;
    ClockUtil.offset(Duration.ofMinutes(10).toMillis());
    try {
      assertThat(working.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
      // A project proposed: a new process, a task for the project managers, their mails (not written).
      completed = working.camundaPost("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
          "{\"variables\":{\"watchDecision\":{\"value\":\"PROPOSE_PROJECT\"}}}");
    } finally {
      ClockUtil.reset();
    }
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    ProcessEngine engine = pilotage.getBean(ProcessEngine.class);
    // The project is started by the async step that follows the evaluation, with the directory still down.
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processInstanceId(instanceId)
        .activityId("Task_ProposeProject").singleResult().getId());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult().getEndActivityId()).isEqualTo("Event_ProjectProposed");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LifecycleVariables.PROCESS_KEY).count())
        .isEqualTo(1);

    directory.startListening();

    HttpResponse<String> back = new BrowserlessSession(port).login("h.tein", PASSWORDS.get("h.tein"));
    assertThat(back.headers().firstValue("Location").orElse("")).endsWith("/camunda/app/welcome/default/");
    assertThat(as("h.tein").get("h.tein", "/engine-rest/task").status()).isEqualTo(200);
    assertThat(JSON.readTree(admin.get("/actuator/health").body()).at("/components/directory/status").asText()).isEqualTo("UP");
  }

  private String startWatchItem(String title) {
    Response started = as("m.poadja").submitStartForm("m.poadja", WatchVariables.PROCESS_KEY, Map.of(
        WatchVariables.TITLE.name(), title, WatchVariables.SUMMARY.name(), "Comptes des agents tirés de l'annuaire.",
        WatchVariables.SOURCE_URL.name(), "https://example.nc/annuaire", WatchVariables.DOMAIN.name(), "DATA",
        WatchVariables.RELEVANCE.name(), "Plus de comptes saisis à la main."));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.body().get("id").asText();
  }

  private static EngineRestClient as(String user) {
    return new EngineRestClient(baseUrl(), PASSWORDS.get(user));
  }

  private static String baseUrl() {
    return "http://localhost:" + port;
  }

  private static JdbcClient jdbc() {
    return pilotage.getBean(JdbcClient.class);
  }

  private static long rowsIn(String table) {
    return jdbc().sql("select count(*) from " + table).query(Long.class).single();
  }

  static String htmlEscaped(String text) {
    return text.replace("'", "&#39;");
  }

  private static InMemoryDirectoryServer startDirectory() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
    // Active Directory's attributes (sAMAccountName, memberOf) are not in the standard schema.
    config.setSchema(null);
    config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
    int fixedPort;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      fixedPort = free.getLocalPort();
    }
    // A fixed port: the directory comes back where Pilotage knows it.
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), fixedPort, null));
    InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
    server.importFromLDIF(true, LdapDirectoryTest.class.getResource("/accounts/province-nord-ad.ldif").getPath());
    server.startListening();
    return server;
  }
}
