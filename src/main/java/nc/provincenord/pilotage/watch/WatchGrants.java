package nc.provincenord.pilotage.watch;

import java.util.List;
import nc.provincenord.pilotage.security.Grant;
import nc.provincenord.pilotage.security.GrantProvider;
import nc.provincenord.pilotage.security.Role;
import org.springframework.stereotype.Component;

/** Any DSI agent submits a watch item; business owners and référents outside the DSI do not. */
@Component
class WatchGrants implements GrantProvider {

  static final List<Role> DSI_AGENTS = List.of(Role.REQUESTERS, Role.PROJECT_MANAGERS, Role.DELIVERY,
      Role.STEERING_COMMITTEE, Role.COMMUNICATION, Role.ON_CALL, Role.DESIGNERS);

  @Override
  public List<Grant> grants() {
    return DSI_AGENTS.stream()
        .flatMap(role -> Grant.startProcess(role, WatchVariables.PROCESS_KEY).stream())
        .toList();
  }
}
