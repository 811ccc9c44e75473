package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine checks a caller's groups without first scanning the authorization table for the groups
 * that hold one ({@link DirectGroupChecksPlugin}): the same decisions, through the REST API, for a
 * user in a group without any authorization and a group with one, and with a revoke of her own.
 */
class DirectGroupChecksTest extends PilotageIntegrationTest {

  private static final String PASSWORD = "Lecture-des-taches-2026!";

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String reader = "lectrice-" + suffix;
  private final String emptyGroup = "sans-droits-" + suffix;
  private final String grantedGroup = "lecteurs-" + suffix;

  @AfterEach
  void removeTheReader() {
    IdentityService identity = processEngine.getIdentityService();
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    for (Authorization authorization : authorizations.createAuthorizationQuery().groupIdIn(grantedGroup, emptyGroup).list()) {
      authorizations.deleteAuthorization(authorization.getId());
    }
    for (Authorization authorization : authorizations.createAuthorizationQuery().userIdIn(reader).list()) {
      authorizations.deleteAuthorization(authorization.getId());
    }
    identity.deleteUser(reader);
    identity.deleteGroup(emptyGroup);
    identity.deleteGroup(grantedGroup);
  }

  @Test
  void everyCommandGetsTheManagerThatNamesTheGroupsDirectly() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
        .isInstanceOf(DirectGroupChecksPlugin.DirectGroupAuthorizationManager.class);
  }

  @Test
  void aGroupWithoutAuthorizationsChangesNothingAndARevokeStillHides() {
    String shown = startWatchItem("Veille lue par un groupe");
    String hidden = startWatchItem("Veille réservée aux chefs de projet");
    IdentityService identity = processEngine.getIdentityService();
    User user = identity.newUser(reader);
    user.setFirstName("Lectrice");
    user.setLastName("Essai");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    for (String group : List.of(emptyGroup, grantedGroup)) {
      identity.saveGroup(identity.newGroup(group));
      identity.createMembership(reader, group);
    }
    String shownTask = taskOf(shown);
    Authorization grant = onTask(Authorization.AUTH_TYPE_GRANT, shownTask);
    grant.setGroupId(grantedGroup);
    grant.addPermission(Permissions.READ);
    processEngine.getAuthorizationService().saveAuthorization(grant);

    EngineRestClient rest = new EngineRestClient("http://localhost:" + port, PASSWORD);
    assertThat(rest.tasks(reader, shown)).extracting(task -> task.get("id").asText()).containsExactly(shownTask);
    assertThat(rest.tasks(reader, hidden)).as("no grant, whatever her groups").isEmpty();
    assertThat(rest.get(reader, "/engine-rest/task/count?processInstanceId=" + shown).body().get("count").asLong()).isEqualTo(1);

    Authorization revoke = onTask(Authorization.AUTH_TYPE_REVOKE, shownTask);
    revoke.setUserId(reader);
    revoke.removePermission(Permissions.READ);
    processEngine.getAuthorizationService().saveAuthorization(revoke);
    assertThat(rest.tasks(reader, shown)).as("her own revoke outweighs her group's grant").isEmpty();
    assertThat(rest.get(reader, "/engine-rest/task/" + shownTask).status()).isEqualTo(404);
  }

  /** A new authorization of this type on one task, for its caller to give an identity and the permission. */
  private Authorization onTask(int type, String taskId) {
    Authorization authorization = processEngine.getAuthorizationService().createNewAuthorization(type);
    authorization.setResource(Resources.TASK);
    authorization.setResourceId(taskId);
    return authorization;
  }

  private String startWatchItem(String title) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(WatchVariables.PROCESS_KEY,
        java.util.Map.of(WatchVariables.TITLE.name(), title, WatchVariables.SUMMARY.name(), "Résumé.",
            WatchVariables.SOURCE_URL.name(), "https://example.nc/veille", WatchVariables.DOMAIN.name(), "DATA",
            WatchVariables.RELEVANCE.name(), "Utile.")).getId();
  }

  private String taskOf(String processInstanceId) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }
}
