package nc.provincenord.pilotage.notification;

import nc.provincenord.pilotage.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/** The outbox pages and endpoints are for administrators only. */
final class Admins {

  private Admins() {
  }

  static void check(Authentication authentication) {
    boolean admin = authentication != null && authentication.getAuthorities().stream()
        .anyMatch(authority -> Role.ADMINISTRATORS.groupId().equals(authority.getAuthority()));
    if (!admin) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé aux administrateurs (groupe camunda-admin).");
    }
  }
}
