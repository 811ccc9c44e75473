package nc.provincenord.pilotage.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates at start-up, idempotently, every authorization declared by a {@link GrantProvider}.
 * Existing grants are completed with missing permissions, never duplicated.
 */
@Component
public class AuthorizationSetup implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationSetup.class);

  private final AuthorizationService authorizationService;
  private final List<GrantProvider> providers;

  AuthorizationSetup(AuthorizationService authorizationService, List<GrantProvider> providers) {
    this.authorizationService = authorizationService;
    this.providers = providers;
  }

  @Override
  public void afterPropertiesSet() {
    int created = 0;
    for (GrantProvider provider : providers) {
      for (Grant grant : provider.grants()) {
        created += apply(grant) ? 1 : 0;
      }
    }
    LOG.info("Autorisations vérifiées, {} créées ou complétées", created);
  }

  /**
   * Makes sure the grant exists, adding missing permissions to an existing one; for
   * authorizations on things created at run time (a shared Tasklist filter, say).
   * Returns whether anything was written.
   */
  public boolean apply(Grant grant) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(grant.role().groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    Authorization authorization = existing != null ? existing : newGrant(grant);
    boolean changed = existing == null;
    for (Permission permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
    return changed;
  }

  private Authorization newGrant(Grant grant) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(grant.role().groupId());
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    return authorization;
  }
}
