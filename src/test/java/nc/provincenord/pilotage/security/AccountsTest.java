package nc.provincenord.pilotage.security;

import static nc.provincenord.pilotage.security.BasicChainTest.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user changes her password, within the policy, and nothing else of her account. */
class AccountsTest extends PilotageIntegrationTest {

  private static final String POLICY = "Le mot de passe ne respecte pas la politique de mots de passe : ";

  private String userId;
  private AttackBrowser http;

  @BeforeEach
  void aFreshRequester() {
    userId = "essai." + UUID.randomUUID().toString().substring(0, 8);
    IdentityService identity = processEngine.getIdentityService();
    User user = identity.newUser(userId);
    user.setFirstName("Essai");
    user.setLastName("Compte");
    user.setEmail(userId + "@province-nord.nc");
    user.setPassword(DEMO_PASSWORD);
    ((IdentityServiceImpl) identity).saveUser(user, true);
    identity.createMembership(userId, Role.REQUESTERS.groupId());
    http = new AttackBrowser(port);
  }

  @Test
  void aNewUserHoldsReadAndUpdateOnHerOwnRecordNotAll() {
    Authorization own = processEngine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.USER).resourceId(userId).userIdIn(userId).singleResult();
    assertThat(own.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(own.isPermissionGranted(Permissions.UPDATE)).isTrue();
    assertThat(own.isPermissionGranted(Permissions.DELETE)).isFalse();
    assertThat(own.isEveryPermissionGranted()).isFalse();
  }

  @Test
  void aWeakPasswordIsRefusedInFrenchAndAStrongOneIsTaken() throws Exception {
    HttpResponse<String> weak = credentials("1");
    assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
    assertThat(weak.body()).contains(POLICY, "au moins 10 caractères", "au moins 1 majuscule(s)");
    assertThat(processEngine.getIdentityService().checkPassword(userId, "1")).isFalse();

    HttpResponse<String> strong = credentials("Cyclone-Koné-2026");
    assertThat(strong.statusCode()).as(strong.body()).isEqualTo(204);
    assertThat(processEngine.getIdentityService().checkPassword(userId, "Cyclone-Koné-2026")).isTrue();
  }

  @Test
  void aUserCannotChangeHerEmailOrIdButAnAdministratorCan() throws Exception {
    String profile = "{\"id\":\"" + userId + "\",\"firstName\":\"Essai\",\"lastName\":\"Compte\",\"email\":\"pirate@evil.example\"}";
    HttpResponse<String> refused = http.send("PUT", "/engine-rest/user/" + userId + "/profile", "application/json", profile,
        "Authorization", basic(userId, DEMO_PASSWORD));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains(AccountCalls.PROFILE_REFUSED);
    assertThat(email()).isEqualTo(userId + "@province-nord.nc");

    HttpResponse<String> renamed = http.send("PUT", "/engine-rest/user/" + userId + "/profile", "application/json",
        profile.replace("\"id\":\"" + userId, "\"id\":\"usurpe"), "Authorization", basic(userId, DEMO_PASSWORD));
    assertThat(renamed.statusCode()).isEqualTo(403);
    assertThat(processEngine.getIdentityService().createUserQuery().userId("usurpe").count()).isZero();

    HttpResponse<String> byAdmin = http.send("PUT", "/engine-rest/user/" + userId + "/profile", "application/json",
        profile.replace("pirate@evil.example", "essai@province-nord.nc"), "Authorization", basic("admin", DEMO_PASSWORD));
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(204);
    assertThat(email()).isEqualTo("essai@province-nord.nc");
  }

  @Test
  void nobodyDeletesTheAccountTheyAreLoggedInWith() throws Exception {
    HttpResponse<String> self = http.send("DELETE", "/engine-rest/user/" + userId, null, null,
        "Authorization", basic(userId, DEMO_PASSWORD));
    assertThat(self.statusCode()).isEqualTo(403);
    assertThat(self.body()).contains(AccountCalls.OWN_DELETION_REFUSED);
    assertThat(processEngine.getIdentityService().createUserQuery().userId(userId).count()).isEqualTo(1);

    HttpResponse<String> admin = http.send("DELETE", "/engine-rest/user/admin", null, null,
        "Authorization", basic("admin", DEMO_PASSWORD));
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(processEngine.getIdentityService().createUserQuery().userId("admin").count()).isEqualTo(1);

    HttpResponse<String> other = http.send("DELETE", "/engine-rest/user/" + userId, null, null,
        "Authorization", basic("demandeur", DEMO_PASSWORD));
    assertThat(other.statusCode()).as("the engine refuses: no DELETE on others").isEqualTo(403);
    assertThat(processEngine.getIdentityService().createUserQuery().userId(userId).count()).isEqualTo(1);
  }

  @Test
  void anAdministratorCannotCreateAUserWithAWeakPassword() throws Exception {
    String id = "faible." + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> weak = http.post("/engine-rest/user/create", "application/json",
        "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"F\",\"lastName\":\"G\"},\"credentials\":{\"password\":\"demo\"}}",
        "Authorization", basic("admin", DEMO_PASSWORD));
    assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
    assertThat(weak.body()).contains(POLICY);
    assertThat(processEngine.getIdentityService().createUserQuery().userId(id).count()).isZero();
  }

  private HttpResponse<String> credentials(String password) throws Exception {
    return http.send("PUT", "/engine-rest/user/" + userId + "/credentials", "application/json",
        "{\"password\":\"" + password + "\",\"authenticatedUserPassword\":\"" + DEMO_PASSWORD + "\"}",
        "Authorization", basic(userId, DEMO_PASSWORD));
  }

  private String email() {
    return processEngine.getIdentityService().createUserQuery().userId(userId).singleResult().getEmail();
  }
}
