package nc.provincenord.pilotage.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Engine REST calls on accounts, under {@code /engine-rest} and the web apps' engine API alike.
 * Camunda checks UPDATE on the user record both for a password change and for a profile change
 * (id, names, e-mail), so the profile is closed here: a user changes the password, an administrator
 * the rest. Nobody deletes the account they are logged in with. Checking a password through
 * {@code /identity/verify} would bypass the login throttle: administrators only.
 */
final class AccountCalls {

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  static final String PROFILE_REFUSED = "Seul un administrateur modifie l'identifiant, le nom ou l'adresse "
      + "électronique d'un compte ; vous pouvez changer votre mot de passe.";
  static final String OWN_DELETION_REFUSED = "Vous ne pouvez pas supprimer le compte avec lequel vous êtes connecté.";

  private AccountCalls() {
  }

  static RequestMatcher adminOnly() {
    return any(HttpMethod.PUT, "/user/{id}/profile", HttpMethod.POST, "/identity/verify");
  }

  static RequestMatcher profileChange() {
    return any(HttpMethod.PUT, "/user/{id}/profile");
  }

  static RequestMatcher deletion() {
    return any(HttpMethod.DELETE, "/user/{id}");
  }

  /** Allows the deletion of any account but one's own (the engine then checks DELETE). */
  static AuthorizationManager<RequestAuthorizationContext> notOneself() {
    return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
      Authentication user = authentication.get();
      boolean authenticated = user != null && user.isAuthenticated()
          && !(user instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
      return new AuthorizationDecision(authenticated && !user.getName().equals(context.getVariables().get("id")));
    };
  }

  private static RequestMatcher any(Object... methodsAndPaths) {
    List<RequestMatcher> matchers = new ArrayList<>();
    for (int i = 0; i < methodsAndPaths.length; i += 2) {
      for (String root : AdminOnlyEngineCalls.ENGINE_ROOTS) {
        matchers.add(PATHS.matcher((HttpMethod) methodsAndPaths[i], root + methodsAndPaths[i + 1]));
      }
    }
    return new OrRequestMatcher(matchers);
  }
}
