package nc.provincenord.pilotage.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
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
  private static final RequestMatcher CAMUNDA_WEBAPP_LOGIN =
      PATHS.matcher("/camunda/api/admin/auth/user/{engine}/login/**");
  private static final RequestMatcher CAMUNDA_APPS = PATHS.matcher("/camunda/**");
  static final String PILOTAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'self'";
  static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
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
   * browsers are never challenged for Basic here: every 401 is bare, so none caches credentials).
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
        .addFilterBefore(new CrossSiteRequestFilter(), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(ADMIN_ONLY).hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(AdminOnlyEngineCalls.matcher()).hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(AccountCalls.adminOnly()).hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(AccountCalls.deletion()).access(AccountCalls.notOneself())
            .requestMatchers(PORTFOLIO).hasAnyAuthority(PORTFOLIO_READERS)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(bareUnauthorized()))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(bareUnauthorized())
            .accessDeniedHandler(AdminOnlyEngineCalls.frenchRefusal(frenchAccessDenied())))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .headers(SecurityConfiguration::pilotageHeaders)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browserChain(HttpSecurity http, DirectoryRefresh directory) throws Exception {
    return http
        .addFilterBefore(directory.filter(), BasicAuthenticationFilter.class)
        .addFilterBefore(new CrossSiteRequestFilter(), LogoutFilter.class)
        // After the gate's authorization (its refusals and French messages come first), before
        // Camunda's own filter, which would drop the session.
        .addFilterAfter(new CamundaXsrfFilter(), AuthorizationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(LOGIN_PAGE, "/error", "/favicon.ico", "/css/**").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasAuthority(Role.ADMINISTRATORS.groupId())
            // Camunda's own login form checks passwords past the login throttle: Pilotage's is the only one.
            .requestMatchers(CAMUNDA_WEBAPP_LOGIN).denyAll()
            .requestMatchers(ADMIN_ONLY, ADMIN_APP).hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(COCKPIT).hasAnyAuthority(COCKPIT_USERS)
            .requestMatchers(AdminOnlyEngineCalls.matcher()).hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(AccountCalls.adminOnly()).hasAuthority(Role.ADMINISTRATORS.groupId())
            .requestMatchers(AccountCalls.deletion()).access(AccountCalls.notOneself())
            .requestMatchers(PROJECT_PAGE).authenticated()
            .requestMatchers(PORTFOLIO).hasAnyAuthority(PORTFOLIO_READERS)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl(WELCOME_PAGE).permitAll())
        // Basic for a metrics collector: a bare 401 when it fails, never a challenge a browser would cache.
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(bareUnauthorized()))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(bareUnauthorized(), JSON_CALLS)
            .defaultAccessDeniedHandlerFor(AdminOnlyEngineCalls.frenchRefusal(frenchAccessDenied()), JSON_CALLS)
            // Pages keep the French error page (with a single mapping Spring would use it everywhere).
            .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/logout"),
                new AndRequestMatcher(CAMUNDA_WEBAPP_LOGOUT, CamundaXsrfFilter::carriesToken)))
            .logoutSuccessHandler(logoutSuccess()))
        // The Camunda web apps carry their own CSRF token (X-XSRF-TOKEN): CamundaXsrfFilter checks
        // it before anything, logout included, so Camunda's filter never invalidates a session.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
        .headers(SecurityConfiguration::pilotageHeaders)
        .build();
  }

  /**
   * Referrer-Policy, Permissions-Policy and HSTS (on HTTPS requests, which a proxy's
   * X-Forwarded-Proto makes so) everywhere; Pilotage's own pages get a strict CSP (no inline
   * script or style). Camunda's apps keep the CSP their HeaderSecurityFilter writes.
   */
  private static void pilotageHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers.frameOptions(frame -> frame.sameOrigin())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(CAMUNDA_APPS),
            new ContentSecurityPolicyHeaderWriter(PILOTAGE_CSP)));
  }

  /** No {@code WWW-Authenticate}: browsers never prompt for, nor cache, Basic credentials. */
  private static AuthenticationEntryPoint bareUnauthorized() {
    return (request, response, exception) -> {
      if (exception instanceof LoginThrottledException throttled) {
        response.setHeader("Retry-After", Long.toString(throttled.refusal().retryAfterSeconds()));
        JsonRefusal.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), "LoginThrottled", throttled.getMessage());
        return;
      }
      JsonRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException", "Authentification requise.");
    };
  }

  private static AccessDeniedHandler frenchAccessDenied() {
    return (request, response, exception) -> {
      String message = AccountCalls.profileChange().matches(request) ? AccountCalls.PROFILE_REFUSED
          : AccountCalls.deletion().matches(request) ? AccountCalls.OWN_DELETION_REFUSED
          : "Accès refusé : votre rôle ne permet pas cette opération (réservée aux administrateurs ou à un autre groupe).";
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "AccessDeniedException", message);
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
