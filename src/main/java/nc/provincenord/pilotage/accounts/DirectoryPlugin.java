package nc.provincenord.pilotage.accounts;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

/**
 * Camunda's LDAP identity plugin (camunda-identity-ldap 7.23.0, the newest on Maven Central,
 * on the 7.24 engine), opening {@link DirectorySession}s instead of its own: the identity
 * service becomes read-only and every user, group and password comes from the directory.
 */
class DirectoryPlugin extends LdapIdentityProviderPlugin {

  private final String adminGroup;

  DirectoryPlugin(String adminGroup) {
    this.adminGroup = adminGroup;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    LdapIdentityProviderFactory sessions = new LdapIdentityProviderFactory() {
      @Override
      public Session openSession() {
        return new DirectorySession(DirectoryPlugin.this, adminGroup);
      }
    };
    sessions.setLdapConfiguration(this);
    configuration.setIdentityProviderSessionFactory(sessions);
  }

  String adminGroup() {
    return adminGroup;
  }
}
