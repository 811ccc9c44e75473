package nc.provincenord.pilotage.security;

import java.util.List;
import nc.provincenord.pilotage.security.IdentityAccounts.Account;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo the only account created is the administrator's, and
 * Pilotage refuses to start without one: there is no default password.
 */
@Component
@Profile("!demo & !ldap") // with ldap the administrators are the members of PILOTAGE_ADMIN_GROUP
class AdministratorAccount implements IdentitySetup.AccountSource {

  static final String MISSING = "Pilotage ne peut pas démarrer : aucun compte administrateur n'est configuré. "
      + "Définissez PILOTAGE_ADMIN_USER et PILOTAGE_ADMIN_PASSWORD (ou activez le profil demo).";

  static final String WEAK = "Pilotage ne peut pas démarrer : PILOTAGE_ADMIN_PASSWORD est trop faible. Il faut ";

  private final AdminProperties properties;

  AdministratorAccount(AdminProperties properties, IdentityService identityService) {
    this.properties = properties;
    if (IdentitySetup.AccountSource.blankToEmpty(properties.user()).isEmpty()
        || IdentitySetup.AccountSource.blankToEmpty(properties.password()).isEmpty()) {
      throw new IllegalStateException(MISSING);
    }
    User candidate = identityService.newUser(properties.user());
    candidate.setFirstName("Administrateur");
    candidate.setLastName("Pilotage");
    candidate.setEmail(properties.email());
    PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(DefaultPasswordPolicy.INSTANCE,
        properties.password(), candidate);
    if (!result.isValid()) {
      throw new IllegalStateException(WEAK + PasswordPolicyMessages.describe(result.getViolatedRules()) + ".");
    }
  }

  /** The administrator's password always meets Camunda's default policy, even if the engine's is switched off. */
  private static final class DefaultPasswordPolicy {
    static final org.camunda.bpm.engine.identity.PasswordPolicy INSTANCE =
        new org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl();
  }

  @Override
  public List<Account> accounts() {
    String email = IdentitySetup.AccountSource.blankToEmpty(properties.email()).orElse(null);
    return List.of(new Account(properties.user(), properties.password(), "Administrateur", "Pilotage", email,
        Role.ADMINISTRATORS));
  }

  @ConfigurationProperties("pilotage.admin")
  record AdminProperties(String user, String password, String email) {
  }
}
