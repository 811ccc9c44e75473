package nc.provincenord.pilotage.accounts;

import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * {@code SPRING_PROFILES_ACTIVE=ldap}: users, groups and passwords come from the province's
 * directory through Camunda's LDAP plugin, configured from {@code PILOTAGE_LDAP_*} only.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

  private static final int AFTER_SPRING_SECURITY = 102;

  static final String WITH_DEMO = "Pilotage ne peut pas démarrer : le profil demo (comptes de démonstration) "
      + "ne se combine pas avec le profil ldap (comptes de l'annuaire).";

  @Bean
  DirectoryPlugin directoryPlugin(DirectoryProperties properties, @Value("${pilotage.admin-group}") String adminGroup,
      Environment environment) {
    if (environment.matchesProfiles("demo")) {
      throw new IllegalStateException(WITH_DEMO);
    }
    if (DirectoryProperties.isBlank(properties.url())) {
      throw new IllegalStateException(DirectoryProperties.MISSING_URL);
    }
    DirectorySocketFactory.trust(properties.trustStore(), properties.trustStorePassword(), properties.trustStoreType());
    poolSettings(properties);

    DirectoryPlugin plugin = new DirectoryPlugin(adminGroup.strip());
    plugin.setServerUrl(properties.url());
    plugin.setManagerDn(properties.managerDn());
    plugin.setManagerPassword(properties.managerPassword());
    plugin.setBaseDn(orEmpty(properties.baseDn()));
    plugin.setUserSearchBase(orEmpty(properties.userSearchBase()));
    plugin.setUserSearchFilter(properties.userSearchFilter());
    plugin.setUserIdAttribute(properties.userIdAttribute());
    plugin.setUserFirstnameAttribute(properties.userFirstnameAttribute());
    plugin.setUserLastnameAttribute(properties.userLastnameAttribute());
    plugin.setUserEmailAttribute(properties.userEmailAttribute());
    plugin.setGroupSearchBase(orEmpty(properties.groupSearchBase()));
    plugin.setGroupSearchFilter(properties.groupSearchFilter());
    plugin.setGroupIdAttribute(properties.groupIdAttribute());
    plugin.setGroupNameAttribute(properties.groupNameAttribute());
    plugin.setGroupMemberAttribute(properties.groupMemberAttribute());
    plugin.setPageSize(properties.pageSize() == null || properties.pageSize() <= 0 ? null : properties.pageSize());
    plugin.setAuthorizationCheckEnabled(true);
    plugin.setPasswordCheckCatchAuthenticationException(true);
    plugin.setAllowAnonymousLogin(false);
    plugin.setInitialContextFactory(DirectoryContextFactory.class.getName());
    plugin.setContextProperties(contextProperties(properties));
    return plugin;
  }

  @Bean
  DirectoryHealthIndicator directoryHealthIndicator(DirectoryPlugin plugin) {
    return new DirectoryHealthIndicator(plugin);
  }

  /** Before Camunda's own authentication filter of the web apps (registered after every Spring filter). */
  @Bean
  FilterRegistrationBean<DirectoryOutageSessions> directoryOutageSessions(DirectoryHealthIndicator directory) {
    FilterRegistrationBean<DirectoryOutageSessions> registration = new FilterRegistrationBean<>(new DirectoryOutageSessions(directory));
    registration.setName("pilotage-directory-outage-sessions");
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  private static Map<String, String> contextProperties(DirectoryProperties properties) {
    Map<String, String> context = new HashMap<>();
    context.put("com.sun.jndi.ldap.connect.timeout", Long.toString(properties.connectTimeout().toMillis()));
    context.put("com.sun.jndi.ldap.read.timeout", Long.toString(properties.readTimeout().toMillis()));
    // AD answers referrals to other domains: follow none, a search stays in the configured tree.
    context.put("java.naming.referral", "ignore");
    if (properties.url().strip().toLowerCase(java.util.Locale.ROOT).startsWith("ldaps:")) {
      // JNDI uses this factory for every socket: only for LDAPS (StartTLS takes it at negotiation).
      context.put("java.naming.ldap.factory.socket", DirectorySocketFactory.class.getName());
    }
    if (properties.startTls()) {
      context.put(DirectoryContextFactory.START_TLS, "true");
    } else if (properties.pool() && !DirectoryProperties.isBlank(properties.managerDn())) {
      context.put(DirectoryContextFactory.POOLED_PRINCIPAL, properties.managerDn());
    }
    return context;
  }

  /** JNDI reads its pool settings once, from system properties, when it opens its first pooled connection. */
  private static void poolSettings(DirectoryProperties properties) {
    System.setProperty("com.sun.jndi.ldap.connect.pool.protocol", "plain ssl");
    System.setProperty("com.sun.jndi.ldap.connect.pool.maxsize", Integer.toString(properties.poolMaxSize()));
    System.setProperty("com.sun.jndi.ldap.connect.pool.timeout", Long.toString(properties.poolIdleTimeout().toMillis()));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.strip();
  }
}
