package nc.provincenord.pilotage.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nc.provincenord.pilotage.security.DirectoryCache;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * Who may hold a task, read from its model (not from its identity links, which the API can
 * change): the members of its candidate groups, its candidate users, the user its assignee
 * expression names. A task whose model names nobody is held by the user the process gave it.
 */
record TaskCandidates(Set<String> groups, Set<String> users, String assignedByProcess) {

  static TaskCandidates of(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    VariableScope scope = task.getExecution() != null ? task.getExecution() : task;
    Set<String> groups = new LinkedHashSet<>();
    Set<String> users = new LinkedHashSet<>();
    String assignee = null;
    if (definition != null) {
      definition.getCandidateGroupIdExpressions().forEach(expression -> groups.addAll(values(expression, scope)));
      definition.getCandidateUserIdExpressions().forEach(expression -> users.addAll(values(expression, scope)));
      if (definition.getAssigneeExpression() != null) {
        List<String> named = values(definition.getAssigneeExpression(), scope);
        assignee = named.isEmpty() ? null : named.get(0);
      }
    }
    if (groups.isEmpty() && users.isEmpty() && assignee == null) {
      assignee = task.getAssignee();
    }
    return new TaskCandidates(groups, users, assignee);
  }

  boolean includes(CommandContext context, String userId, DirectoryCache<String, Set<String>> groupsOfUsers) {
    if (userId == null) {
      return false;
    }
    if (userId.equals(assignedByProcess) || users.contains(userId)) {
      return true;
    }
    if (groups.isEmpty()) {
      return false;
    }
    try {
      // the directory as fresh as the logins (a membership written through the engine counts at once),
      // not the groups of a session opened earlier
      return groupsOfUsers.get(userId, user -> groupIds(context, user)).stream().anyMatch(groups::contains);
    } catch (IdentityProviderException directoryDown) {
      return groupsOfTheLogin(context, userId).stream().anyMatch(groups::contains);
    }
  }

  /**
   * Through the command's own provider: a failing nested IdentityService command would mark the
   * whole step rollback-only, even when caught here.
   */
  private static Set<String> groupIds(CommandContext context, String userId) {
    return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
        .createGroupQuery(context).groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * While the directory cannot be reached, the user acting keeps the groups the gate last read for
   * them (refreshed within a minute when it answers); anyone else cannot be checked, hence refused.
   */
  private static List<String> groupsOfTheLogin(CommandContext context, String userId) {
    Authentication current = context.getAuthentication();
    if (current == null || !userId.equals(current.getUserId()) || current.getGroupIds() == null) {
      throw new BadUserRequestException("L'annuaire de la Province est injoignable : impossible de vérifier que « "
          + userId + " » fait partie des personnes de cette tâche. Réessayez dans quelques minutes.");
    }
    return current.getGroupIds();
  }

  /** Who the task is for, in French: the groups by their names, or the users by id. */
  String describe() {
    List<String> names = new ArrayList<>();
    groups.forEach(group -> names.add(displayName(group)));
    names.addAll(users);
    if (names.isEmpty() && assignedByProcess != null) {
      names.add(assignedByProcess);
    }
    return names.isEmpty() ? "personne" : String.join(", ", names);
  }

  private static String displayName(String groupId) {
    for (Role role : Role.values()) {
      if (role.groupId().equals(groupId)) {
        return role.displayName();
      }
    }
    return groupId;
  }

  private static List<String> values(Expression expression, VariableScope scope) {
    Object value = expression.getValue(scope);
    List<String> result = new ArrayList<>();
    if (value instanceof String text) {
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(item -> result.add(String.valueOf(item)));
    } else if (value != null) {
      result.add(String.valueOf(value));
    }
    return result;
  }
}
