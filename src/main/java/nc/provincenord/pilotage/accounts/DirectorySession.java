package nc.provincenord.pilotage.accounts;

import java.util.Arrays;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;

/**
 * Camunda's LDAP session with two additions. The directory group named by
 * {@code PILOTAGE_ADMIN_GROUP} is seen by the engine as {@code camunda-admin}, the group that
 * Pilotage's gate, its authorizations and Camunda's own admin check know: the directory keeps
 * its own name. And a directory that cannot be reached while a password is checked is a
 * {@link DirectoryUnavailable}, not a bare engine exception.
 */
class DirectorySession extends LdapIdentityProviderSession {

  private final String adminGroup;

  DirectorySession(LdapConfiguration configuration, String adminGroup) {
    super(configuration);
    this.adminGroup = adminGroup;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    try {
      return super.checkPassword(userId, password);
    } catch (IdentityProviderException unreachable) {
      // A wrong user password is already false here; what escapes is the manager's bind or the network.
      throw new DirectoryUnavailable(unreachable);
    }
  }

  @Override
  protected GroupEntity transformGroup(SearchResult result) {
    GroupEntity group = super.transformGroup(result);
    if (isAliased() && adminGroup.equalsIgnoreCase(group.getId())) {
      group.setId(Groups.CAMUNDA_ADMIN);
    }
    return group;
  }

  @Override
  protected String getGroupSearchFilter(LdapGroupQuery query) {
    if (isAliased()) {
      if (Groups.CAMUNDA_ADMIN.equals(query.getId())) {
        query.groupId(adminGroup);
      }
      if (query.getIds() != null && Arrays.asList(query.getIds()).contains(Groups.CAMUNDA_ADMIN)) {
        query.groupIdIn(Arrays.stream(query.getIds()).map(id -> Groups.CAMUNDA_ADMIN.equals(id) ? adminGroup : id)
            .toArray(String[]::new));
      }
    }
    return super.getGroupSearchFilter(query);
  }

  private boolean isAliased() {
    return !Groups.CAMUNDA_ADMIN.equalsIgnoreCase(adminGroup);
  }
}
