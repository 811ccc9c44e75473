package nc.provincenord.pilotage.network;

import java.util.List;
import nc.provincenord.pilotage.security.Grant;
import nc.provincenord.pilotage.security.GrantProvider;
import nc.provincenord.pilotage.security.Role;
import org.springframework.stereotype.Component;

/** A project manager or the communication service plans a référents meeting. */
@Component
class MeetingGrants implements GrantProvider {

  static final List<Role> ORGANIZERS = List.of(Role.PROJECT_MANAGERS, Role.COMMUNICATION);

  @Override
  public List<Grant> grants() {
    return ORGANIZERS.stream().flatMap(role -> Grant.startProcess(role, MeetingVariables.PROCESS_KEY).stream()).toList();
  }
}
