package nc.provincenord.pilotage.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nc.provincenord.pilotage.security.Role;
import nc.provincenord.pilotage.security.ShownLoginFailure;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the provider's user into a Pilotage user, whose id is the configured claim and whose
 * authorities are Camunda group ids, as after a password login. With a directory behind the
 * identity service (profile {@code ldap}), the user must be in it and the groups are the
 * directory's. Otherwise the groups come from the token: the user and their memberships of the
 * contract's groups are written to Camunda's identity service at each login, so that Tasklist,
 * Cockpit, Admin, the authorizations and the mails know them exactly as a database user.
 */
class SingleSignOnAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

  static final String NO_USER_ID = "Le fournisseur d'identité n'a pas transmis l'identifiant de l'utilisateur (revendication %s).";
  static final String NOT_IN_DIRECTORY = "Votre compte %s est inconnu de l'annuaire de la Province : "
      + "demandez à la DSI de le créer ou de l'activer.";

  private static final Logger LOG = LoggerFactory.getLogger(SingleSignOnAccounts.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final OidcUserService provider = new OidcUserService();
  private final IdentityService identityService;
  private final SingleSignOnProperties properties;
  private final String adminGroup;

  SingleSignOnAccounts(IdentityService identityService, SingleSignOnProperties properties, String adminGroup) {
    this.identityService = identityService;
    this.properties = properties;
    this.adminGroup = adminGroup;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    String userId = user.getClaimAsString(properties.userIdClaim());
    if (userId == null || userId.isBlank()) {
      throw refused("identifiant", NO_USER_ID.formatted(properties.userIdClaim()));
    }
    List<String> groups;
    try {
      groups = identityService.isReadOnly() ? directoryGroups(userId) : provision(userId, user);
    } catch (org.camunda.bpm.engine.impl.identity.IdentityProviderException unreachable) {
      throw new SingleSignOnRefused("annuaire", DirectoryUnavailable.MESSAGE, unreachable);
    }
    List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
    groups.forEach(group -> authorities.add(new SimpleGrantedAuthority(group)));
    // The name of the principal is the Pilotage user id: SpringSecurityCamundaBridge hands it to Camunda.
    return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), properties.userIdClaim());
  }

  private List<String> directoryGroups(String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw refused("inconnu", NOT_IN_DIRECTORY.formatted(userId));
    }
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** Writes the user and exactly the contract memberships the token carries; returns the user's groups. */
  private List<String> provision(String userId, OidcUser token) {
    Set<String> wanted = contractGroups(token.getClaimAsStringList(properties.groupsClaim()));
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identityService.newUser(userId);
      // Nobody knows it: an account of the provider does not log in with a password.
      user.setPassword(unusablePassword());
    }
    user.setFirstName(token.getGivenName());
    user.setLastName(token.getFamilyName());
    user.setEmail(token.getEmail());
    identityService.saveUser(user);
    Set<String> current = new LinkedHashSet<>();
    identityService.createGroupQuery().groupMember(userId).list().forEach(group -> current.add(group.getId()));
    for (Role role : Role.values()) {
      String group = role.groupId();
      if (wanted.contains(group) && !current.contains(group)) {
        identityService.createMembership(userId, group);
      } else if (!wanted.contains(group) && current.contains(group)) {
        identityService.deleteMembership(userId, group);
      }
    }
    LOG.info("Connexion unique de {} : groupes {}", userId, wanted);
    Set<String> all = new LinkedHashSet<>(current);
    all.removeIf(group -> isContractGroup(group) && !wanted.contains(group));
    all.addAll(wanted);
    return List.copyOf(all);
  }

  private Set<String> contractGroups(Collection<String> claimed) {
    Set<String> groups = new LinkedHashSet<>();
    if (claimed == null) {
      return groups;
    }
    for (String group : claimed) {
      String id = group.equalsIgnoreCase(adminGroup) ? Groups.CAMUNDA_ADMIN : group;
      if (isContractGroup(id)) {
        groups.add(id);
      }
    }
    return groups;
  }

  private static boolean isContractGroup(String groupId) {
    for (Role role : Role.values()) {
      if (role.groupId().equals(groupId)) {
        return true;
      }
    }
    return false;
  }

  private static String unusablePassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "aA1!";
  }

  private static SingleSignOnRefused refused(String code, String message) {
    return new SingleSignOnRefused(code, message, null);
  }

  /** A single sign-on refused by Pilotage, with the French reason the login page shows. */
  static final class SingleSignOnRefused extends OAuth2AuthenticationException implements ShownLoginFailure {

    SingleSignOnRefused(String code, String message, Throwable cause) {
      super(new OAuth2Error(code, message, null), message, cause);
    }
  }
}
