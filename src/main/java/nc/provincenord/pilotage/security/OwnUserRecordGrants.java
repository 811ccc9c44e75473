package nc.provincenord.pilotage.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Users created before {@link PilotageAuthorizationProvider} hold ALL on their own record:
 * at start-up that grant is narrowed to READ and UPDATE.
 */
@Component
class OwnUserRecordGrants implements InitializingBean {

  private final AuthorizationService authorizationService;

  OwnUserRecordGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @Override
  public void afterPropertiesSet() {
    for (Authorization grant : authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.USER).list()) {
      boolean ownRecord = grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId());
      if (ownRecord && grant.isEveryPermissionGranted()) {
        grant.setPermissions(PilotageAuthorizationProvider.OWN_RECORD);
        authorizationService.saveAuthorization(grant);
      }
    }
  }
}
