package nc.provincenord.pilotage.lifecycle;

import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.security.Grant;
import nc.provincenord.pilotage.security.GrantProvider;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Requesters and project managers start a project from Tasklist. The tasks themselves need no
 * grant: the engine authorizes each task's candidate group and assignee. Project managers follow
 * their projects' instances (read only); the committee's Cockpit access is a platform grant.
 */
@Component
class LifecycleGrants implements GrantProvider {

  @Override
  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    grants.addAll(Grant.startProcess(Role.REQUESTERS, LifecycleVariables.PROCESS_KEY));
    grants.addAll(Grant.startProcess(Role.PROJECT_MANAGERS, LifecycleVariables.PROCESS_KEY));
    grants.add(Grant.of(Role.PROJECT_MANAGERS, Resources.PROCESS_DEFINITION, LifecycleVariables.PROCESS_KEY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
    grants.add(Grant.of(Role.PROJECT_MANAGERS, Resources.PROCESS_DEFINITION, LifecycleVariables.CHANGE_MANAGEMENT_KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
    grants.add(Grant.of(Role.PROJECT_MANAGERS, Resources.DECISION_DEFINITION, LifecycleVariables.GOVERNANCE_DECISION_KEY,
        Permissions.READ, Permissions.READ_HISTORY));
    return grants;
  }
}
