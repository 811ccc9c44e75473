package nc.provincenord.pilotage.notification;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The generic task mails: a task offered to candidate groups mails their members (who
 * may opt out per group), a task offered to candidate users mails them, an assigned task
 * mails its assignee (always). Rendered by the dispatcher after the step's commit: the step's
 * transaction writes only the rows and their data.
 */
@Component
class TaskMailListener {

  static final String CREATED_TEMPLATE = "task-created";
  static final String ASSIGNED_TEMPLATE = "task-assigned";

  private final Notifications notifications;
  private final NotificationProperties properties;
  private final MailTemplates templates;
  private final List<TaskMailAttachment> attachments;

  TaskMailListener(Notifications notifications, NotificationProperties properties, MailTemplates templates,
                   List<TaskMailAttachment> attachments) {
    this.notifications = notifications;
    this.properties = properties;
    this.templates = templates;
    this.attachments = attachments;
  }

  void taskCreated(DelegateTask task) {
    if (!properties.getTaskMail().isEnabled()) {
      return;
    }
    Set<String> groups = new LinkedHashSet<>();
    Set<String> users = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
    }
    if (groups.isEmpty() && users.isEmpty()) {
      return;
    }
    Map<String, Object> model = model(task);
    String eventKey = "task-created:" + task.getId();
    MailAttachment attachment = attachments.stream().map(source -> source.forTask(task)).flatMap(Optional::stream)
        .findFirst().orElse(null);
    model.put("attachmentName", attachment == null ? null : attachment.fileName());
    groups.forEach(group -> notifications.toGroupRenderedLater(eventKey, group, CREATED_TEMPLATE, model, attachment));
    users.stream().filter(user -> !user.equals(task.getAssignee()))
        .forEach(user -> notifications.toUserRenderedLater(eventKey, user, CREATED_TEMPLATE, model));
  }

  void taskAssigned(DelegateTask task) {
    if (!properties.getTaskMail().isEnabled() || task.getAssignee() == null) {
      return;
    }
    notifications.toUserRenderedLater("task-assigned:" + task.getId() + ":" + task.getAssignee(), task.getAssignee(),
        ASSIGNED_TEMPLATE, model(task));
  }

  private Map<String, Object> model(DelegateTask task) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("taskId", task.getId());
    model.put("taskName", task.getName());
    model.put("taskDescription", task.getDescription());
    model.put("dueDate", task.getDueDate());
    model.put("taskUrl", templates.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    model.put("processName", processName(task));
    model.put("projectCode", businessKey(task));
    model.put("projectTitle", title(task));
    return model;
  }

  /**
   * From the process (the task's execution) when there is one: Pilotage writes the titles there, never
   * on a task, and a task just created would first query its own variables, of which it has none yet.
   */
  private String title(DelegateTask task) {
    VariableScope scope = task.getExecution() != null ? task.getExecution() : task;
    for (String name : properties.getTaskMail().getTitleVariables()) {
      Object value = scope.getVariable(name.strip());
      if (value instanceof String text && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }

  private static String businessKey(DelegateTask task) {
    return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
  }

  /** From the deployment cache: no authorization needed, whoever completed the step. */
  private static String processName(DelegateTask task) {
    if (task.getExecution() instanceof ExecutionEntity execution && execution.getProcessDefinition() != null) {
      ProcessDefinitionEntity definition = execution.getProcessDefinition();
      return definition.getName() != null ? definition.getName() : definition.getKey();
    }
    return null;
  }
}
