package nc.provincenord.pilotage.process;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user on whose behalf the engine runs the current step, when there is one. */
public final class CurrentUser {

  private CurrentUser() {
  }

  public static Optional<String> id(ProcessEngineServices services) {
    Authentication authentication = services.getIdentityService().getCurrentAuthentication();
    return Optional.ofNullable(authentication).map(Authentication::getUserId);
  }
}
