package nc.provincenord.pilotage.security;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's filter for {@code /engine-rest}, without its two look-ups per call (issue 15): after a
 * password login (Basic or the login page) the authorities of Spring Security's login are exactly
 * the user's Camunda group ids, read by {@link IdentityServiceAuthenticationProvider} and kept as
 * fresh as the login's by {@link VerifiedCredentials} and {@link DirectoryRefresh}; tenants come
 * from {@link TenantMemberships}. Any other login (single sign-on) has its groups read as before.
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

  private final TenantMemberships tenants;

  EngineRestAuthentication(TenantMemberships tenants) {
    this.tenants = tenants;
  }

  @Override
  protected List<String> getGroupsOfUser(ProcessEngine engine, String userId) {
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    if (login instanceof UsernamePasswordAuthenticationToken && login.isAuthenticated()
        && userId.equals(login.getName())) {
      return login.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
    return super.getGroupsOfUser(engine, userId);
  }

  @Override
  protected List<String> getTenantsOfUser(ProcessEngine engine, String userId) {
    return tenants.of(userId, () -> super.getTenantsOfUser(engine, userId));
  }
}
