package nc.provincenord.pilotage.portfolio;

import java.util.Set;
import nc.provincenord.pilotage.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/** The portfolio is for project managers, the steering committee and administrators: 403 for the others. */
final class PortfolioAccess {

  static final Set<String> READERS = Set.of(Role.PROJECT_MANAGERS.groupId(), Role.STEERING_COMMITTEE.groupId(),
      Role.ADMINISTRATORS.groupId());

  private PortfolioAccess() {
  }

  static void check(Authentication authentication) {
    boolean allowed = authentication != null && authentication.getAuthorities().stream()
        .anyMatch(authority -> READERS.contains(authority.getAuthority()));
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Le portefeuille est réservé aux chefs de projet, au comité de pilotage et aux administrateurs.");
    }
  }
}
