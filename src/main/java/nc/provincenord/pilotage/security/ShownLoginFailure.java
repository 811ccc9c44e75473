package nc.provincenord.pilotage.security;

/**
 * A failed login whose message is written for the person who tried (in French, nothing
 * internal): the login page shows it instead of « Identifiant ou mot de passe incorrect. ».
 */
public interface ShownLoginFailure {

  String getMessage();
}
