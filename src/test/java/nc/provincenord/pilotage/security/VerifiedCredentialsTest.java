package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a Basic password accepted a moment ago is not checked again on every call, yet a
 * changed password, a removed membership or a deleted account takes effect on the very next call.
 */
class VerifiedCredentialsTest extends PilotageIntegrationTest {

  private static final String FIRST_PASSWORD = "Premier-Mot2passe!";
  private static final String SECOND_PASSWORD = "Second-Mot2passe!";
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aRememberedPasswordStopsWorkingAsSoonAsItIsChanged() throws Exception {
    IdentityService identity = processEngine.getIdentityService();
    String userId = "verifie.mdp";
    User user = identity.newUser(userId);
    user.setFirstName("Vérifié");
    user.setLastName("Mot-de-passe");
    user.setEmail("verifie.mdp@demo.province-nord.nc");
    user.setPassword(FIRST_PASSWORD);
    identity.saveUser(user);
    try {
      assertThat(status(userId, FIRST_PASSWORD, "/engine-rest/task/count")).isEqualTo(200);
      assertThat(status(userId, FIRST_PASSWORD, "/engine-rest/task/count")).as("remembered").isEqualTo(200);
      assertThat(status(userId, "Mauvais-Mot2passe!", "/engine-rest/task/count"))
          .as("another password is checked, and refused").isEqualTo(401);
      assertThat(status(userId, FIRST_PASSWORD, "/engine-rest/task/count")).isEqualTo(200);

      User saved = identity.createUserQuery().userId(userId).singleResult();
      saved.setPassword(SECOND_PASSWORD);
      identity.saveUser(saved);
      assertThat(status(userId, FIRST_PASSWORD, "/engine-rest/task/count")).as("the old password, at once").isEqualTo(401);
      assertThat(status(userId, SECOND_PASSWORD, "/engine-rest/task/count")).isEqualTo(200);

      identity.deleteUser(userId);
      assertThat(status(userId, SECOND_PASSWORD, "/engine-rest/task/count")).as("a deleted account, at once").isEqualTo(401);
    } finally {
      identity.deleteUser(userId);
    }
  }

  @Test
  void aRememberedLoginLosesTheGroupTakenAwayAtOnce() throws Exception {
    IdentityService identity = processEngine.getIdentityService();
    String userId = "verifie.groupe";
    User user = identity.newUser(userId);
    user.setFirstName("Vérifié");
    user.setLastName("Groupe");
    user.setEmail("verifie.groupe@demo.province-nord.nc");
    user.setPassword(FIRST_PASSWORD);
    identity.saveUser(user);
    String portfolio = "/api/projects";
    try {
      assertThat(status(userId, FIRST_PASSWORD, portfolio)).as("not a project manager").isEqualTo(403);
      identity.createMembership(userId, Role.PROJECT_MANAGERS.groupId());
      assertThat(status(userId, FIRST_PASSWORD, portfolio)).as("the group given, at once").isEqualTo(200);
      assertThat(status(userId, FIRST_PASSWORD, portfolio)).isEqualTo(200);
      identity.deleteMembership(userId, Role.PROJECT_MANAGERS.groupId());
      assertThat(status(userId, FIRST_PASSWORD, portfolio)).as("the group taken away, at once").isEqualTo(403);
    } finally {
      identity.deleteUser(userId);
    }
  }

  @Test
  void theEngineApiSeesAGroupGivenOrTakenAwayAtOnce() throws Exception {
    IdentityService identity = processEngine.getIdentityService();
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    String userId = "verifie.moteur";
    String groupId = "verifie-moteur-equipe";
    User user = identity.newUser(userId);
    user.setFirstName("Vérifié");
    user.setLastName("Moteur");
    user.setEmail("verifie.moteur@demo.province-nord.nc");
    user.setPassword(FIRST_PASSWORD);
    identity.saveUser(user);
    Group group = identity.newGroup(groupId);
    group.setName("Équipe vérifiée");
    identity.saveGroup(group);
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId("verifie-moteur-processus");
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
    String check = "/engine-rest/authorization/check?permissionName=READ&resourceName=ProcessDefinition"
        + "&resourceType=6&resourceId=verifie-moteur-processus";
    try {
      assertThat(body(userId, FIRST_PASSWORD, check)).as("not in the group").contains("\"authorized\":false");
      identity.createMembership(userId, groupId);
      assertThat(body(userId, FIRST_PASSWORD, check)).as("the group given, at once").contains("\"authorized\":true");
      assertThat(body(userId, FIRST_PASSWORD, check)).as("remembered").contains("\"authorized\":true");
      identity.deleteMembership(userId, groupId);
      assertThat(body(userId, FIRST_PASSWORD, check)).as("the group taken away, at once")
          .contains("\"authorized\":false");
    } finally {
      authorizations.deleteAuthorization(grant.getId());
      identity.deleteGroup(groupId);
      identity.deleteUser(userId);
    }
  }

  private String body(String user, String password, String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body().replace(" ", "");
  }

  private int status(String user, String password, String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
