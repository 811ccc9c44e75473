package nc.provincenord.pilotage.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A requester withdraws her project before the needs analysis. The caller is checked against the
 * requester recorded by the lifecycle (never a value of the request), the project must still wait
 * for « Analyser les besoins », and the reason is required. Then the message « ProjectWithdrawn »
 * reaches the boundary event of that task (BPMN: Event_RequestWithdrawn), through the engine's Java
 * API: the REST API's message correlation stays closed to non-administrators.
 */
@Service
public class ProjectWithdrawal {

  public static final String MESSAGE = "ProjectWithdrawn";
  public static final int REASON_MAX = 2000;
  /** The task a request waits at while it may still be withdrawn. */
  static final String ANALYSIS_TASK = "Task_AnalyseNeeds";

  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final TaskService tasks;

  ProjectWithdrawal(JdbcClient jdbc, RuntimeService runtime, TaskService tasks) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /** A request refused, with the French sentence shown to the user. */
  public static class Refused extends RuntimeException {
    private final boolean forbidden;

    Refused(String message, boolean forbidden) {
      super(message);
      this.forbidden = forbidden;
    }

    public boolean forbidden() {
      return forbidden;
    }
  }

  /**
   * Among a requester's projects (process instance => status), those she may still withdraw:
   * active and waiting for their needs analysis. One task query for them all.
   */
  public Set<String> stillWithdrawable(Map<String, String> statusByProcessInstance) {
    List<String> processInstanceIds = statusByProcessInstance.entrySet().stream()
        .filter(project -> Choices.ProjectStatus.ACTIVE.name().equals(project.getValue())).map(Map.Entry::getKey).toList();
    if (processInstanceIds.isEmpty()) {
      return Set.of();
    }
    return tasks.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
        .taskDefinitionKey(ANALYSIS_TASK).list().stream()
        .map(Task::getProcessInstanceId).collect(Collectors.toSet());
  }


  @Transactional
  public void withdraw(String businessKey, String userId, String reason) {
    record Project(String processInstanceId, String requester, String status) {
    }
    Project project = jdbc.sql("select process_instance_id, requester, status from project where business_key = :key")
        .param("key", businessKey)
        .query((rs, n) -> new Project(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
        .orElseThrow(() -> new Refused("Aucun projet " + businessKey + ".", true));
    if (!userId.equals(project.requester())) {
      throw new Refused("Seul le demandeur du projet " + businessKey + " peut le retirer.", true);
    }
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw new Refused("Indiquez le motif du retrait.", false);
    }
    if (text.length() > REASON_MAX) {
      throw new Refused("Le motif du retrait ne doit pas dépasser " + REASON_MAX + " caractères.", false);
    }
    if (!Choices.ProjectStatus.ACTIVE.name().equals(project.status()) || !waitsForAnalysis(project.processInstanceId())) {
      throw new Refused("Le projet " + businessKey + " ne peut plus être retiré : l'analyse des besoins est faite.", false);
    }
    runtime.createMessageCorrelation(MESSAGE).processInstanceId(project.processInstanceId())
        .setVariable(LifecycleVariables.WITHDRAWAL_REASON.name(), text)
        .correlateWithResult();
  }

  private boolean waitsForAnalysis(String processInstanceId) {
    return processInstanceId != null && tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ANALYSIS_TASK).count() > 0;
  }
}
