package nc.provincenord.pilotage.communication.urgent;

import java.util.List;
import nc.provincenord.pilotage.security.Grant;
import nc.provincenord.pilotage.security.GrantProvider;
import nc.provincenord.pilotage.security.Role;
import org.springframework.stereotype.Component;

/**
 * An urgent message is started by the communication service or an on-call agent, from
 * Tasklist or through the REST API; another system uses an account member of one of these groups.
 */
@Component
class UrgentGrants implements GrantProvider {

  static final List<Role> STARTERS = List.of(Role.COMMUNICATION, Role.ON_CALL);

  @Override
  public List<Grant> grants() {
    return STARTERS.stream().flatMap(role -> Grant.startProcess(role, UrgentVariables.PROCESS_KEY).stream()).toList();
  }
}
