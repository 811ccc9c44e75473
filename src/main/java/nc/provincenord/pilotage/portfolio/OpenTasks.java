package nc.provincenord.pilotage.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nc.provincenord.pilotage.portfolio.PortfolioViews.OpenTask;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The open user tasks of projects or process instances, read through the engine's query API
 * (its authorizations apply): one task query for all of them, one process-instance query for
 * their business keys, and who may take each unassigned task.
 */
@Component
public class OpenTasks {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CommandExecutor commands;
  private final String baseUrl;

  OpenTasks(TaskService tasks, RuntimeService runtime, IdentityService identity, ProcessEngine engine,
            @Value("${pilotage.base-url:http://localhost:8080}") String baseUrl) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** Open user tasks of these projects (their business key is shared by the called processes), by business key. */
  public Map<String, List<OpenTask>> ofProjects(List<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return Map.of();
    }
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
        .orderByTaskCreateTime().asc().list();
    if (open.isEmpty()) {
      return Map.of();
    }
    Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> keyOfInstance = new HashMap<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
      keyOfInstance.put(instance.getId(), instance.getBusinessKey());
    }
    return byKey(open, task -> keyOfInstance.get(task.getProcessInstanceId()));
  }

  /** Open user tasks of these process instances (publication requests, watch items…), by process instance id. */
  public Map<String, List<OpenTask>> ofInstances(List<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    List<Task> open = tasks.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
        .orderByTaskCreateTime().asc().list();
    return byKey(open, Task::getProcessInstanceId);
  }

  private Map<String, List<OpenTask>> byKey(List<Task> open, java.util.function.Function<Task, String> keyOf) {
    Map<String, String> candidates = candidatesOf(open.stream().filter(task -> task.getAssignee() == null).toList());
    Map<String, List<OpenTask>> result = new HashMap<>();
    for (Task task : open) {
      String key = keyOf.apply(task);
      if (key != null) {
        String holder = task.getAssignee() != null ? task.getAssignee() : candidates.getOrDefault(task.getId(), "non attribuée");
        result.computeIfAbsent(key, k -> new ArrayList<>()).add(new OpenTask(task.getId(), task.getName(), holder,
            task.getDueDate(), baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId()));
      }
    }
    return result;
  }

  /**
   * Who may take each unassigned task ("groupe Chefs de projet, moa"): its candidate links, group names in
   * one query. The links of all the tasks are read in one command: a command per task (what
   * {@code getIdentityLinksForTask} is) made {@code /mes-demandes} open a transaction per open task.
   * These tasks came from a task query, so the caller may read them and their links.
   */
  private Map<String, String> candidatesOf(List<Task> unassigned) {
    Map<String, List<IdentityLink>> links = unassigned.isEmpty() ? Map.of() : commands.execute(context -> {
      Map<String, List<IdentityLink>> found = new LinkedHashMap<>();
      for (Task task : unassigned) {
        found.put(task.getId(), context.getIdentityLinkManager().findIdentityLinksByTaskId(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink.class::cast).toList());
      }
      return found;
    });
    String[] groupIds = links.values().stream().flatMap(List::stream).map(IdentityLink::getGroupId)
        .filter(id -> id != null).distinct().toArray(String[]::new);
    Map<String, String> groupNames = new HashMap<>();
    if (groupIds.length > 0) {
      for (Group group : identity.createGroupQuery().groupIdIn(groupIds).list()) {
        if (group.getName() != null) {
          groupNames.put(group.getId(), group.getName());
        }
      }
    }
    Map<String, String> candidates = new HashMap<>();
    links.forEach((taskId, candidateLinks) -> {
      List<String> who = candidateLinks.stream().map(link -> link.getUserId() != null ? link.getUserId()
          : "groupe " + groupNames.getOrDefault(link.getGroupId(), link.getGroupId())).toList();
      if (!who.isEmpty()) {
        candidates.put(taskId, String.join(", ", who));
      }
    });
    return candidates;
  }
}
