package nc.provincenord.pilotage.communication.publication;

import java.util.List;
import nc.provincenord.pilotage.security.Grant;
import nc.provincenord.pilotage.security.GrantProvider;
import nc.provincenord.pilotage.security.Role;
import org.springframework.stereotype.Component;

/** Any agent asking for a publication is a requester ({@code demandeurs}); only they start it. */
@Component
class PublicationGrants implements GrantProvider {

  @Override
  public List<Grant> grants() {
    return Grant.startProcess(Role.REQUESTERS, PublicationVariables.PROCESS_KEY);
  }
}
