package nc.provincenord.pilotage.accounts;

import nc.provincenord.pilotage.security.ShownLoginFailure;
import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The directory could not be reached while a password was checked. It is Spring Security's
 * "service" failure, thrown from inside the engine's password check, so that the login page and
 * HTTP Basic answer it as a failed login with this French message, never as a 500, and the
 * login throttle does not count it as a wrong password.
 */
public class DirectoryUnavailable extends AuthenticationServiceException implements ShownLoginFailure {

  public static final String MESSAGE = "L'annuaire de la Province est injoignable : la connexion est impossible "
      + "pour le moment. Réessayez dans quelques minutes ; si cela dure, prévenez le support de la DSI.";

  DirectoryUnavailable(Throwable cause) {
    super(MESSAGE, cause);
  }
}
