package nc.provincenord.pilotage.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** The web apps, monitoring and deployment: who may open what. */
@Component
class PlatformGrants implements GrantProvider {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  @Override
  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (Role role : Role.values()) {
      grants.add(Grant.of(role, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
      grants.add(Grant.of(role, Resources.USER, Grant.ANY, Permissions.READ));
      grants.add(Grant.of(role, Resources.GROUP, Grant.ANY, Permissions.READ));
    }
    grants.addAll(monitoring(Role.STEERING_COMMITTEE));
    grants.addAll(deployment(Role.DESIGNERS));
    for (Resource resource : Resources.values()) {
      grants.add(Grant.of(Role.ADMINISTRATORS, resource, Grant.ANY, Permissions.ALL));
    }
    return grants;
  }

  /** Cockpit, read-only: the steering committee watches, it does not repair. */
  private static List<Grant> monitoring(Role role) {
    return List.of(
        Grant.of(role, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
        Grant.of(role, Resources.PROCESS_DEFINITION, Grant.ANY,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK),
        Grant.of(role, Resources.PROCESS_INSTANCE, Grant.ANY, Permissions.READ),
        Grant.of(role, Resources.DECISION_DEFINITION, Grant.ANY, Permissions.READ, Permissions.READ_HISTORY),
        Grant.of(role, Resources.DECISION_REQUIREMENTS_DEFINITION, Grant.ANY, Permissions.READ),
        Grant.of(role, Resources.DEPLOYMENT, Grant.ANY, Permissions.READ));
  }

  /** What Camunda Modeler needs to deploy through the REST API. */
  private static List<Grant> deployment(Role role) {
    return List.of(
        Grant.of(role, Resources.DEPLOYMENT, Grant.ANY, Permissions.CREATE, Permissions.READ),
        Grant.of(role, Resources.PROCESS_DEFINITION, Grant.ANY, ProcessDefinitionPermissions.READ),
        Grant.of(role, Resources.DECISION_DEFINITION, Grant.ANY, Permissions.READ),
        Grant.of(role, Resources.DECISION_REQUIREMENTS_DEFINITION, Grant.ANY, Permissions.READ));
  }
}
