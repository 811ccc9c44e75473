package nc.provincenord.pilotage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
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
 * the session ended; a change made through the engine is seen on the next request. Browser sessions only: an HTTP Basic call is authenticated afresh, groups
 * included, on every request. The Camunda web apps re-read their own copy of the groups after
 * {@code camunda.bpm.webapp.auth.cache.time-to-live}.
 */
@Component
class DirectoryRefresh {

  private final IdentityService identity;
  private final VerifiedCredentials changes;
  private final Duration timeToLive;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private volatile Clock clock = Clock.systemUTC();

  DirectoryRefresh(IdentityService identity, VerifiedCredentials changes,
      @Value("${pilotage.security.directory-refresh:PT30S}") Duration timeToLive) {
    this.identity = identity;
    this.changes = changes;
    this.timeToLive = timeToLive;
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

  /** Tests move time on instead of waiting. */
  void clock(Clock clock) {
    this.clock = clock;
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

  /** The user's groups now (at most {@link #timeToLive} old), or {@code null} when the user is gone. */
  private Set<String> groups(String userId) {
    Instant now = clock.instant();
    Cached cached = cache.get(userId);
    if (cached != null && cached.generation() == changes.generation() && now.isBefore(cached.readAt().plus(timeToLive))) {
      return cached.groups();
    }
    long generation = changes.generation();
    boolean exists = identity.createUserQuery().userId(userId).count() > 0;
    Set<String> groups = exists
        ? identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).collect(Collectors.toUnmodifiableSet())
        : null;
    if (groups == null) {
      cache.remove(userId);
    } else {
      cache.put(userId, new Cached(groups, now, generation));
    }
    return groups;
  }

  /** {@code generation}: of {@link VerifiedCredentials}, so that an account changed through the engine is read again. */
  private record Cached(Set<String> groups, Instant readAt, long generation) {
    Cached {
      Objects.requireNonNull(groups);
    }
  }
}
