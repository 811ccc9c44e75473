package nc.provincenord.pilotage.communication.oncall;

import java.util.Set;
import nc.provincenord.pilotage.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and change the roster. Authorities are the user's group ids. Only the
 * communication service (and administrators) change it; on-call agents read it.
 */
final class RosterAccess {

  static final Set<String> READERS = Set.of(Role.COMMUNICATION.groupId(), Role.ON_CALL.groupId(), Role.ADMINISTRATORS.groupId());
  static final Set<String> EDITORS = Set.of(Role.COMMUNICATION.groupId(), Role.ADMINISTRATORS.groupId());

  private RosterAccess() {
  }

  static boolean canEdit(Authentication user) {
    return has(user, EDITORS);
  }

  static void requireRead(Authentication user) {
    if (!has(user, READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Le tableau d'astreinte est réservé au service communication et aux agents d'astreinte.");
    }
  }

  static void requireEdit(Authentication user) {
    if (!canEdit(user)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Seul le service communication peut modifier le tableau d'astreinte.");
    }
  }

  private static boolean has(Authentication user, Set<String> groups) {
    return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(groups::contains);
  }
}
