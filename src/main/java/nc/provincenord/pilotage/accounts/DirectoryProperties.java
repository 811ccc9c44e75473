package nc.provincenord.pilotage.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province's directory (Active Directory or any LDAP server), profile {@code ldap}. Defaults
 * are Active Directory's; see application-ldap.yaml for the environment variables.
 */
@ConfigurationProperties("pilotage.ldap")
record DirectoryProperties(
    String url,
    String managerDn,
    String managerPassword,
    String baseDn,
    String userSearchBase,
    String userSearchFilter,
    String userIdAttribute,
    String userFirstnameAttribute,
    String userLastnameAttribute,
    String userEmailAttribute,
    String groupSearchBase,
    String groupSearchFilter,
    String groupIdAttribute,
    String groupNameAttribute,
    String groupMemberAttribute,
    boolean startTls,
    String trustStore,
    String trustStorePassword,
    String trustStoreType,
    Duration connectTimeout,
    Duration readTimeout,
    boolean pool,
    int poolMaxSize,
    Duration poolIdleTimeout,
    Integer pageSize) {

  static final String MISSING_URL = "Pilotage ne peut pas démarrer : le profil ldap demande l'adresse de l'annuaire. "
      + "Définissez PILOTAGE_LDAP_URL (ldap://… ou ldaps://…), PILOTAGE_LDAP_MANAGER_DN et PILOTAGE_LDAP_MANAGER_PASSWORD.";

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
