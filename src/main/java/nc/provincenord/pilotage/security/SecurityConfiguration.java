package nc.provincenord.pilotage.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one gate: every request is authenticated by Spring Security. Browsers get
 * a French login page and a session; the Camunda REST API and scripts use HTTP
 * Basic. Camunda's web apps trust the result (see {@link CamundaAuthenticationFilters}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  static final String LOGIN_PAGE = "/login";
  static final String WELCOME_PAGE = "/camunda/app/welcome/default/";
  static final String REALM = "Pilotage";

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  private static final RequestMatcher CAMUNDA_WEBAPP_LOGOUT =
      PATHS.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/logout");
  /** Pages and endpoints for administrators only, closed at the gate whatever the controller does. */
  private static final RequestMatcher ADMIN_ONLY = new OrRequestMatcher(PATHS.matcher("/admin/**"),
      PATHS.matcher("/api/notifications/failed"), PATHS.matcher("/api/notifications/{id}/retry"));
  /** The project portfolio: project managers, the steering committee and administrators. */
  private static final RequestMatcher PORTFOLIO = new OrRequestMatcher(PATHS.matcher("/portefeuille/**"),
      PATHS.matcher("/portefeuille"), PATHS.matcher("/portefeuille.csv"), PATHS.matcher("/api/projects/**"), PATHS.matcher("/api/projects"));
  /**
   * A project's page: open at the gate to every logged-in user, because its own people (requester,
   * MOA, MOE…) may read it; the controller checks, project by project, who takes part (ProjectAccess).
   */
  private static final RequestMatcher PROJECT_PAGE = PATHS.matcher(HttpMethod.GET, "/portefeuille/projets/{code}");
  private static final String[] PORTFOLIO_READERS = {Role.PROJECT_MANAGERS.groupId(), Role.STEERING_COMMITTEE.groupId(),
      Role.ADMINISTRATORS.groupId()};
  /**
   * Cockpit and Admin, their pages and their plugins' API. Camunda guards the plugin API only by
   * the engine's authorizations (EngineRequestAuthorizer in its securityFilterRules.json), so any
   * logged-in user could query Cockpit's statistics: closed here to the apps' own users. The static
   * files of the plugins carry no data and stay open, and so does Camunda's login API
   * ({@code /camunda/api/admin/auth/**}), which every app uses.
   */
  private static final RequestMatcher COCKPIT = new AndRequestMatcher(
      new OrRequestMatcher(PATHS.matcher("/camunda/app/cockpit/**"), PATHS.matcher("/camunda/api/cockpit/**")),
      new NegatedRequestMatcher(PATHS.matcher(HttpMethod.GET, "/camunda/api/cockpit/plugin/{plugin}/static/**")));
  private static final RequestMatcher ADMIN_APP = new AndRequestMatcher(
      new OrRequestMatcher(PATHS.matcher("/camunda/app/admin/**"), PATHS.matcher("/camunda/api/admin/**")),
      new NegatedRequestMatcher(new OrRequestMatcher(PATHS.matcher("/camunda/api/admin/auth/**"),
          PATHS.matcher(HttpMethod.GET, "/camunda/api/admin/plugin/{plugin}/static/**"))));
  private static final String[] COCKPIT_USERS = {Role.STEERING_COMMITTEE.groupId(), Role.ADMINISTRATORS.groupId()};
  private static final RequestMatcher JSON_CALLS = new OrRequestMatcher(
      PATHS.matcher("/camunda/api/**"), PATHS.matcher("/api/**"), PATHS.matcher("/actuator/**"));

  /**
   * A script calling our JSON API with HTTP Basic: no session cookie is involved, so no CSRF
   * token is needed (a cross-site page cannot set an Authorization header without CORS, and
   * browsers are never challenged for Basic here: JSON calls answer a bare 401).
   */
  private static final RequestMatcher BASIC_JSON_CALLS = new AndRequestMatcher(PATHS.matcher("/api/**"),
      request -> {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
      });

  /**
   * Camunda Modeler, integrations and scripts: HTTP Basic, no session, no CSRF token to fetch.
   * {@code /engine-rest} always; our JSON API when the call carries Basic credentials (the
   * pages' own calls to it use the browser session and its CSRF token).
   */
  @Bean
  @Order(1)
  SecurityFilterChain restApiChain(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(new OrRequestMatcher(PATHS.matcher("/engine-rest/**"), BASIC_JSON_CALLS))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(ADMIN_ONLY).hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(AdminOnlyEngineCalls.matcher()).hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(PORTFOLIO).hasAnyAuthority(PORTFOLIO_READERS)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicChallenge()))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(basicChallenge()).accessDeniedHandler(frenchDenial()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browserChain(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(LOGIN_PAGE, "/error", "/favicon.ico", "/css/**").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(ADMIN_ONLY, ADMIN_APP).hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(COCKPIT).hasAnyAuthority(COCKPIT_USERS)
            .requestMatchers(AdminOnlyEngineCalls.matcher()).hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(PROJECT_PAGE).authenticated()
            .requestMatchers(PORTFOLIO).hasAnyAuthority(PORTFOLIO_READERS)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl(WELCOME_PAGE).permitAll())
        .httpBasic(basic -> basic.realmName(REALM))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), JSON_CALLS)
            .defaultAccessDeniedHandlerFor(frenchDenial(), JSON_CALLS)
            // Pages keep the French error page (with a single mapping Spring would use it everywhere).
            .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/logout"), CAMUNDA_WEBAPP_LOGOUT))
            .logoutSuccessHandler(logoutSuccess()))
                // The Camunda web apps carry their own CSRF protection (X-XSRF-TOKEN), checked after
        // Spring Security. Their logout XHR carries only Camunda's token, so it cannot be
        // checked here: a forged request could at worst log the user out.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  private static AuthenticationEntryPoint basicChallenge() {
    return (request, response, exception) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"type\":\"AuthenticationException\",\"message\":\"Authentification requise.\"}");
    };
  }

  /** A JSON call refused at the gate: 403 with a French message, in the engine REST API's error shape. */
  private static AccessDeniedHandler frenchDenial() {
    return (request, response, exception) -> {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"type\":\"AccessDeniedException\",\"message\":"
          + "\"Accès refusé : votre rôle ne permet pas cette opération (réservée aux administrateurs ou à un autre groupe).\"}");
    };
  }

  /** The web apps log out with an XHR and then show the login page themselves. */
  private static LogoutSuccessHandler logoutSuccess() {
    return (request, response, authentication) -> {
      if (CAMUNDA_WEBAPP_LOGOUT.matches(request)) {
        response.setStatus(HttpServletResponse.SC_OK);
      } else {
        response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?logout");
      }
    };
  }
}
