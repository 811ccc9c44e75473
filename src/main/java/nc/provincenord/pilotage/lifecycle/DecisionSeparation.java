package nc.provincenord.pilotage.lifecycle;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nc.provincenord.pilotage.engine.TaskCompletionRule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The requester and the project manager of a project never take its MOA, MOE or committee
 * decisions, even when they belong to those groups: who asks or builds does not approve.
 * Read from the portfolio ({@code project.requester}, {@code project.project_manager}), not from
 * process variables. {@code pilotage.security.duties.separate-project-roles: false} lifts it, for
 * a small team where one agent must wear two hats.
 */
@Component
class DecisionSeparation implements TaskCompletionRule {

  static final Set<String> DECISIONS = Set.of("Task_ValidateSpecification", "Task_GiveTechnicalOpinion",
      "Task_ReviewRevisions", "Task_Arbitrate", "Task_AcceptDelivery");
  static final String REFUSED =
      "« %s » est %s de ce projet : cette décision revient à quelqu'un d'autre (séparation des fonctions).";

  private final JdbcClient jdbc;
  private final boolean enabled;

  DecisionSeparation(JdbcClient jdbc, @Value("${pilotage.security.duties.separate-project-roles:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @Override
  public Optional<String> refusal(DelegateTask task, String userId, Map<String, Object> submitted) {
    if (!enabled || !DECISIONS.contains(task.getTaskDefinitionKey()) || task.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return jdbc.sql("select requester, project_manager from project where process_instance_id = :pid")
        .param("pid", task.getProcessInstanceId())
        .query((rs, row) -> userId.equals(rs.getString("requester")) ? "le demandeur"
            : userId.equals(rs.getString("project_manager")) ? "le chef de projet" : "")
        .optional()
        .filter(role -> !role.isEmpty())
        .map(role -> REFUSED.formatted(userId, role));
  }
}
