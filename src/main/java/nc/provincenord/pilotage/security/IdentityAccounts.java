package nc.provincenord.pilotage.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;

/** Idempotent writes to Camunda's identity service: groups, users and memberships. */
@Component
class IdentityAccounts {

  private final IdentityService identityService;

  IdentityAccounts(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** A directory (LDAP) behind the identity service: Pilotage writes no user, group or membership. */
  boolean isReadOnly() {
    return identityService.isReadOnly();
  }

  void ensureGroups() {
    for (Role role : Role.values()) {
      Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
      if (group == null) {
        group = identityService.newGroup(role.groupId());
        group.setName(role.displayName());
        group.setType(role == Role.ADMINISTRATORS ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
        identityService.saveGroup(group);
      }
    }
  }

  /**
   * Creates the user with its password, or updates names and e-mail of an existing one:
   * never its password, which its owner may have changed.
   */
  void ensureUser(Account account, boolean skipPasswordPolicy) {
    User user = identityService.createUserQuery().userId(account.id()).singleResult();
    boolean isNew = user == null;
    if (isNew) {
      user = identityService.newUser(account.id());
    }
    user.setFirstName(account.firstName());
    user.setLastName(account.lastName());
    user.setEmail(account.email());
    if (isNew) {
      user.setPassword(account.password());
    }
    if (skipPasswordPolicy && identityService instanceof IdentityServiceImpl engineIdentity) {
      engineIdentity.saveUser(user, true);
    } else {
      identityService.saveUser(user);
    }
    ensureMembership(account.id(), account.role());
  }

  private void ensureMembership(String userId, Role role) {
    boolean member = identityService.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() > 0;
    if (!member) {
      identityService.createMembership(userId, role.groupId());
    }
  }

  record Account(String id, String password, String firstName, String lastName, String email, Role role) {
  }
}
