package nc.provincenord.pilotage.security;

import org.springframework.security.authentication.LockedException;

/** An attempt refused by {@link LoginThrottle} before its password was checked. */
class LoginThrottledException extends LockedException implements ShownLoginFailure {

  private final transient LoginThrottle.Refusal refusal;

  LoginThrottledException(LoginThrottle.Refusal refusal) {
    super(refusal.message());
    this.refusal = refusal;
  }

  LoginThrottle.Refusal refusal() {
    return refusal;
  }
}
