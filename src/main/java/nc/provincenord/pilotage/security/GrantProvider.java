package nc.provincenord.pilotage.security;

import java.util.List;

/**
 * Each capability declares the authorizations its roles need; {@link AuthorizationSetup}
 * creates them at start-up.
 */
public interface GrantProvider {

  List<Grant> grants();
}
