package nc.provincenord.pilotage.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import nc.provincenord.pilotage.security.AuthorizationSetup;
import nc.provincenord.pilotage.security.Grant;
import nc.provincenord.pilotage.security.Role;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user starts with, created at start-up and kept in
 * line with this definition at every start (idempotent, matched by name).
 * Each shows the project code and title as columns and sorts by due date.
 */
@Component
class TasklistFilters implements InitializingBean {

  static final String MY_TASKS = "Mes tâches";
  static final String MY_TEAMS_TASKS = "Tâches de mes équipes";
  static final String OVERDUE = "En retard";
  static final String RUNNING_PROJECTS = "Projets en cours";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationSetup authorizations;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationSetup authorizations) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
  }

  @Override
  public void afterPropertiesSet() {
    List<Role> everyone = List.of(Role.values());
    ensure(MY_TASKS, -10, "Les tâches qui vous sont attribuées",
        byDueDate().taskAssigneeExpression("${currentUser()}"), everyone);
    ensure(MY_TEAMS_TASKS, -5, "Les tâches proposées à vos groupes, prises ou non",
        byDueDate().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(), everyone);
    ensure(OVERDUE, 0, "Les tâches dont l'échéance est dépassée",
        byDueDate().dueBeforeExpression("${now()}"), everyone);
    ensure(RUNNING_PROJECTS, 5, "Les tâches des projets en cours",
        byDueDate().processDefinitionKey(LifecycleVariables.PROCESS_KEY), List.of(Role.PROJECT_MANAGERS));
  }

  private TaskQuery byDueDate() {
    return taskService.createTaskQuery().orderByDueDate().asc();
  }

  private void ensure(String name, int priority, String description, TaskQuery query, List<Role> sharedWith) {
    Filter filter = filterService.createFilterQuery().filterName(name).list().stream()
        .filter(shared -> shared.getOwner() == null)
        .findFirst()
        .orElseGet(() -> filterService.newTaskFilter(name));
    filter.setQuery(query);
    filter.setProperties(properties(priority, description));
    filterService.saveFilter(filter);
    for (Role role : sharedWith) {
      shareWith(filter.getId(), role);
    }
  }

  private static Map<String, Object> properties(int priority, String description) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", TaskColumns.PROJECT_CODE, "label", "Projet"),
        Map.of("name", TaskColumns.PROJECT_TITLE, "label", "Intitulé")));
    return properties;
  }

  private void shareWith(String filterId, Role role) {
    authorizations.apply(Grant.of(role, Resources.FILTER, filterId, Permissions.READ));
  }
}
