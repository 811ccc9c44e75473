package nc.provincenord.pilotage.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda gives every new user ALL on its own user record ({@code DefaultAuthorizationProvider.newUser}),
 * hence the right to delete itself or change its e-mail. Pilotage gives what Tasklist and the
 * welcome page need: READ, and UPDATE for the password (Camunda checks UPDATE for the password and
 * the profile alike; the profile is closed to non-administrators at the gate, {@link AccountCalls}).
 */
class OwnUserRecordAuthorizationProvider extends DefaultAuthorizationProvider {

  static final org.camunda.bpm.engine.authorization.Permission[] OWN_RECORD = {READ, UPDATE};

  @Override
  public AuthorizationEntity[] newUser(User user) {
    String userId = user.getId();
    if (Authorization.ANY.equals(userId)) {
      throw new ProcessEngineException("Cannot create default authorization for user " + userId + ": '*' is not a user id");
    }
    AuthorizationEntity own = createGrantAuthorization(userId, null, USER, userId, OWN_RECORD);
    return new AuthorizationEntity[] {own};
  }
}
