package nc.provincenord.pilotage.security;

import java.util.List;
import nc.provincenord.pilotage.security.IdentityAccounts.Account;
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

  private final AdminProperties properties;

  AdministratorAccount(AdminProperties properties) {
    this.properties = properties;
    if (IdentitySetup.AccountSource.blankToEmpty(properties.user()).isEmpty()
        || IdentitySetup.AccountSource.blankToEmpty(properties.password()).isEmpty()) {
      throw new IllegalStateException(MISSING);
    }
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
