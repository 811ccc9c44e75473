package nc.provincenord.pilotage.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * The authorizations Camunda creates by itself, narrowed or widened to what Pilotage's users need.
 *
 * <p>Own user record: Camunda gives every new user ALL on its own user record ({@code DefaultAuthorizationProvider.newUser}),
 * hence the right to delete itself or change its e-mail. Pilotage gives what Tasklist and the
 * welcome page need: READ, and UPDATE for the password (Camunda checks UPDATE for the password and
 * the profile alike; the profile is closed to non-administrators at the gate, {@link AccountCalls}).
 *
 * <p>Tasks: a candidate or assignee gets {@code TASK_WORK} (claim, complete; no variable writes,
 * which {@code UPDATE} would allow) and {@code TASK_ASSIGN}, so that Tasklist's « Rendre » (unclaim)
 * and a hand-over to a colleague keep working: whom a task may go to is checked by the engine's
 * {@code TaskGuard} (only another candidate of the task's model).
 */
class PilotageAuthorizationProvider extends DefaultAuthorizationProvider {

  static final org.camunda.bpm.engine.authorization.Permission[] OWN_RECORD = {READ, UPDATE};

  @Override
  protected org.camunda.bpm.engine.authorization.Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
    List<org.camunda.bpm.engine.authorization.Permission> permissions =
        new ArrayList<>(List.of(super.getRuntimePermissions(enforceSpecificVariablePermission)));
    permissions.add(TaskPermissions.TASK_ASSIGN);
    return permissions.toArray(new org.camunda.bpm.engine.authorization.Permission[0]);
  }

  @Override
  public AuthorizationEntity[] newUser(User user) {
    String userId = user.getId();
    if (Authorization.ANY.equals(userId)) {
      throw new BadUserRequestException("« * » n'est pas un identifiant d'utilisateur : il désigne tout le monde dans les autorisations.");
    }
    AuthorizationEntity own = createGrantAuthorization(userId, null, USER, userId, OWN_RECORD);
    return new AuthorizationEntity[] {own};
  }
}
