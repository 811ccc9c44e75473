package nc.provincenord.pilotage.accounts;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code SPRING_PROFILES_ACTIVE=oidc}: single sign-on through OpenID Connect (Entra ID, Keycloak)
 * with Spring Security's {@code oauth2Login}. This chain only runs the provider's round trip and
 * the logout; the login it makes is the same session as a password login, so the browser chain,
 * Tasklist, Cockpit and Admin trust it unchanged. The login page offers the provider's button;
 * HTTP Basic stays as it is (directory passwords with {@code ldap}; local accounts only otherwise).
 */
@Configuration(proxyBeanMethods = false)
@Profile("oidc")
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfiguration {

  static final String REGISTRATION = "province";
  static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + REGISTRATION;
  private static final String WELCOME_PAGE = "/camunda/app/welcome/default/";
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  @Bean
  @Order(0)
  SecurityFilterChain singleSignOnChain(HttpSecurity http, ClientRegistrationRepository registrations,
      IdentityService identityService, SingleSignOnProperties properties,
      @Value("${pilotage.admin-group}") String adminGroup) throws Exception {
    OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    logout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
    logout.setDefaultTargetUrl("/login?logout");
    return http
        .securityMatcher(new OrRequestMatcher(PATHS.matcher("/oauth2/**"), PATHS.matcher("/login/oauth2/**"),
            PATHS.matcher(HttpMethod.POST, "/logout")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .oauth2Login(login -> login
            .loginPage("/login")
            .userInfoEndpoint(userInfo -> userInfo
                .oidcUserService(new SingleSignOnAccounts(identityService, properties, adminGroup.strip())))
            .defaultSuccessUrl(WELCOME_PAGE, true))
        .logout(out -> out.logoutRequestMatcher(PATHS.matcher(HttpMethod.POST, "/logout")).logoutSuccessHandler(logout))
        .build();
  }

  /** The provider's button on the login page. */
  @ControllerAdvice
  @Profile("oidc")
  static class LoginPageButton {

    @ModelAttribute("singleSignOn")
    String singleSignOn() {
      return AUTHORIZATION_PATH;
    }
  }
}
