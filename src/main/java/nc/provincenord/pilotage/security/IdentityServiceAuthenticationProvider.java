package nc.provincenord.pilotage.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Spring Security checks passwords against Camunda's identity service (its
 * database in the demo, LDAP where an identity provider plugin is configured);
 * each Camunda group becomes an authority named after the group id. The
 * {@link LoginThrottle} is asked first: a throttled attempt is refused without
 * its password being checked. A password accepted a few seconds ago is not checked again
 * ({@link VerifiedCredentials}): HTTP Basic sends it on every call.
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  static final String BAD_CREDENTIALS = "Identifiant ou mot de passe incorrect.";
  private static final String UNKNOWN_ADDRESS = "inconnue";

  private final IdentityService identityService;
  private final LoginThrottle throttle;
  private final VerifiedCredentials verified;

  IdentityServiceAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
      VerifiedCredentials verified) {
    this.identityService = identityService;
    this.throttle = throttle;
    this.verified = verified;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException(BAD_CREDENTIALS);
    }
    String address = authentication.getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null ? details.getRemoteAddress() : UNKNOWN_ADDRESS;
    throttle.refusal(userId, address).ifPresent(refusal -> {
      throw new LoginThrottledException(refusal);
    });
    String password = credentials.toString();
    Optional<List<GrantedAuthority>> remembered = verified.authorities(userId, password);
    if (remembered.isPresent()) {
      throttle.succeeded(userId);
      return UsernamePasswordAuthenticationToken.authenticated(userId, null, remembered.get());
    }
    long checkedAt = verified.generation();
    if (!identityService.checkPassword(userId, password)) {
      throttle.failed(userId, address);
      throw new BadCredentialsException(BAD_CREDENTIALS);
    }
    throttle.succeeded(userId);
    List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .<GrantedAuthority>map(SimpleGrantedAuthority::new)
        .toList();
    verified.remember(userId, password, authorities, checkedAt);
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
