package nc.provincenord.pilotage.accounts;

import javax.naming.ldap.LdapContext;
import org.camunda.bpm.identity.impl.ldap.LdapClient;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code /actuator/health} component {@code directory}: binds with the manager's account, as the
 * next login would. Its details (the address, the error) are shown to administrators only.
 */
class DirectoryHealthIndicator extends AbstractHealthIndicator {

  static final String DOWN = "Annuaire injoignable : les connexions échouent ; le travail en cours continue.";

  private final DirectoryPlugin configuration;

  DirectoryHealthIndicator(DirectoryPlugin configuration) {
    super("Annuaire injoignable");
    this.configuration = configuration;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    health.withDetail("url", configuration.getServerUrl());
    try {
      bindManager();
      health.up();
    } catch (RuntimeException unreachable) {
      health.down().withDetail("message", DOWN).withDetail("error", unreachable.getMessage());
    }
  }

  boolean isReachable() {
    try {
      bindManager();
      return true;
    } catch (RuntimeException unreachable) {
      return false;
    }
  }

  private void bindManager() {
    LdapClient client = new LdapClient(configuration);
    LdapContext context = null;
    try {
      context = client.openContext(configuration.getManagerDn(), configuration.getManagerPassword());
    } finally {
      if (context != null) {
        try {
          context.close();
        } catch (javax.naming.NamingException ignored) {
          // closing a checked connection: nothing to report
        }
      }
    }
  }
}
