package nc.provincenord.pilotage.engine;

import java.util.List;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who asks the engine for the current outermost command: a logged-in user, or Pilotage itself. */
record EngineCaller(String userId, List<String> groupIds) {

  static EngineCaller of(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds());
    return new EngineCaller(authentication.getUserId(), groups);
  }

  boolean administrator() {
    return groupIds.contains(Role.ADMINISTRATORS.groupId());
  }
}
