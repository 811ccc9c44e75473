package nc.provincenord.pilotage.security;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's own filters, placed after Spring Security's chain, turn the Spring
 * Security principal into the engine's authenticated user for the web apps
 * and for {@code /engine-rest}.
 */
@Configuration(proxyBeanMethods = false)
class CamundaAuthenticationFilters {

  private static final int AFTER_SPRING_SECURITY = 101;
  private static final Map<String, String> BRIDGE =
      Map.of("authentication-provider", SpringSecurityCamundaBridge.class.getName());

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("pilotage-webapp-authentication");
    registration.setInitParameters(BRIDGE);
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter(TenantMemberships tenants) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineRestAuthentication(tenants));
    registration.setName("pilotage-rest-authentication");
    registration.setInitParameters(BRIDGE);
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }
}
