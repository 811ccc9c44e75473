package nc.provincenord.pilotage.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/** One authorization that a role needs: a group, a resource, its id and the permissions granted. */
public record Grant(Role role, Resource resource, String resourceId, List<Permission> permissions) {

  public static final String ANY = "*";

  public static Grant of(Role role, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(role, resource, resourceId, List.of(permissions));
  }

  /** What a role needs to see a process in Tasklist and start it. */
  public static List<Grant> startProcess(Role role, String processDefinitionKey) {
    return List.of(
        of(role, Resources.PROCESS_DEFINITION, processDefinitionKey,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE),
        of(role, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE));
  }
}
