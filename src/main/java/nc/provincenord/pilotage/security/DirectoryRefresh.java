package nc.provincenord.pilotage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rights follow the directory (issue 18, item 6): on every request, the groups of the logged-in
 * user are read again from Camunda's identity service (the database, LDAP) through a short cache
 * ({@code pilotage.security.directory-refresh}, 30 s by default), and the authorities of the
 * session's {@link Authentication} replaced when they changed. A user who no longer exists has
 * the session ended; a change made through the engine is seen on the next request ({@link DirectoryCache}). Browser sessions only: an HTTP Basic call is authenticated afresh, groups
 * included, on every request. The Camunda web apps re-read their own copy of the groups after
 * {@code camunda.bpm.webapp.auth.cache.time-to-live}.
 */
@Component
class DirectoryRefresh {

  private final IdentityService identity;
  private final DirectoryCache<String, Set<String>> groupsOfUsers;

  DirectoryRefresh(IdentityService identity, DirectoryCaches caches) {
    this.identity = identity;
    this.groupsOfUsers = caches.newCache();
  }

  OncePerRequestFilter filter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        refresh(request);
        chain.doFilter(request, response);
      }
    };
  }

  private void refresh(HttpServletRequest request) {
    SecurityContext context = SecurityContextHolder.getContext();
    Authentication authentication = context.getAuthentication();
    if (!(authentication instanceof UsernamePasswordAuthenticationToken) || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return;
    }
    Set<String> groups;
    try {
      groups = groups(authentication.getName());
    } catch (IdentityProviderException directoryDown) {
      // the directory cannot answer: the login keeps the groups last read until it does
      return;
    }
    if (groups == null) {
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      return;
    }
    Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    if (!held.equals(groups)) {
      List<GrantedAuthority> authorities = groups.stream().sorted().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
      UsernamePasswordAuthenticationToken refreshed =
          UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, authorities);
      refreshed.setDetails(authentication.getDetails());
      context.setAuthentication(refreshed);
    }
  }

  /** The user's groups, as fresh as {@link DirectoryCache} keeps them, or {@code null} when the user is gone. */
  private Set<String> groups(String userId) {
    return groupsOfUsers.get(userId, user -> identity.createUserQuery().userId(user).count() == 0 ? null
        : identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).collect(Collectors.toUnmodifiableSet()));
  }
}
