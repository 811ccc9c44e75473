package nc.provincenord.pilotage.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nc.provincenord.pilotage.security.DirectoryCache;
import nc.provincenord.pilotage.security.DirectoryCaches;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Segregation of duties at the engine (issue 18, item 3), whichever API the call comes through.
 * For a logged-in user who is not an administrator:
 * <ul>
 *   <li>a task is completed only by one of the candidates of its model (a member of its candidate
 *   groups, a candidate user, the user its assignee expression names), whoever its assignee is;
 *   then by the capabilities' own {@link TaskCompletionRule}s;</li>
 *   <li>a task is handed (claim for someone, assignee, delegate, owner, {@code PUT /task/{id}},
 *   identity links) only to another of those candidates; a candidate group is added by administrators only.</li>
 * </ul>
 * Pilotage's own steps (no logged-in user) and nested commands are not checked.
 */
@Component
class TaskGuard extends CheckedFirstPlugin {

  static final String NOT_A_CANDIDATE = "Cette tâche revient à %s : « %s » ne peut pas la terminer.";
  static final String HAND_OVER = "Cette tâche ne peut être confiée qu'à %s : « %s » n'en fait pas partie.";
  static final String NOT_YOURS_TO_HAND = "Cette tâche revient à %s : « %s » ne peut ni la confier ni la rendre.";
  static final String NO_GROUP = "Seul un administrateur peut ajouter un groupe candidat à une tâche.";

  private static final List<Class<?>> FIELDS_CHECKED = List.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class,
      ClaimTaskCmd.class, DelegateTaskCmd.class, AssignTaskCmd.class, SetTaskOwnerCmd.class, AddUserIdentityLinkCmd.class,
      AddGroupIdentityLinkCmd.class);

  private final ObjectProvider<TaskCompletionRule> rules;
  /** The rules, looked up at the first completion (the engine is built before them), not at each one. */
  private volatile List<TaskCompletionRule> resolvedRules;
  private final boolean handOverWithinCandidates;
  private final DirectoryCache<String, Set<String>> groupsOfUsers;

  TaskGuard(ObjectProvider<TaskCompletionRule> rules, DirectoryCaches caches,
            @Value("${pilotage.security.duties.hand-over-within-candidates:true}") boolean handOverWithinCandidates) {
    this.rules = rules;
    this.handOverWithinCandidates = handOverWithinCandidates;
    this.groupsOfUsers = caches.newCache();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    FIELDS_CHECKED.forEach(type -> CommandFields.field(type, "taskId"));
    CommandFields.field(SaveTaskCmd.class, "task");
    CommandFields.field(CompleteTaskCmd.class, "variables");
    CommandFields.field(SubmitTaskFormCmd.class, "properties");
  }

  @Override
  protected Command<Void> check(Command<?> command, EngineCaller caller) {
    if (caller == null || caller.administrator()) {
      return null;
    }
    Consumer<CommandContext> check = checked(command, caller.userId());
    return check == null ? null : context -> {
      check.accept(context);
      return null;
    };
  }

  private Consumer<CommandContext> checked(Command<?> command, String userId) {
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      String variables = command instanceof CompleteTaskCmd ? "variables" : "properties";
      return context -> completion(context, task(context, CommandFields.text(command, "taskId")), userId,
          submitted(CommandFields.read(command, variables)));
    }
    if (command instanceof AddGroupIdentityLinkCmd) {
      throw new AuthorizationException(NO_GROUP);
    }
    if (!handOverWithinCandidates) {
      return null;
    }
    if (command instanceof ClaimTaskCmd || command instanceof DelegateTaskCmd || command instanceof AssignTaskCmd
        || command instanceof SetTaskOwnerCmd || command instanceof AddUserIdentityLinkCmd) {
      return context -> handOver(context, CommandFields.text(command, "taskId"), userId,
          CommandFields.text(command, "userId"), null);
    }
    if (command instanceof SaveTaskCmd) {
      return context -> saved(context, userId, (TaskEntity) CommandFields.read(command, "task"));
    }
    return null;
  }

  private static Map<String, Object> submitted(Object variables) {
    Map<String, Object> values = new HashMap<>();
    if (variables instanceof Map<?, ?> map) {
      map.forEach((name, value) -> values.put(String.valueOf(name), value instanceof TypedValue typed ? typed.getValue() : value));
    }
    return values;
  }

  private void completion(CommandContext context, TaskEntity task, String userId, Map<String, Object> submitted) {
    if (task == null) {
      return;
    }
    TaskCandidates candidates = TaskCandidates.of(task);
    if (!candidates.includes(context, userId, groupsOfUsers)) {
      throw new AuthorizationException(NOT_A_CANDIDATE.formatted(candidates.describe(), userId));
    }
    for (TaskCompletionRule rule : rules()) {
      Optional<String> refusal = rule.refusal(task, userId, submitted);
      if (refusal.isPresent()) {
        throw new AuthorizationException(refusal.get());
      }
    }
  }

  private List<TaskCompletionRule> rules() {
    List<TaskCompletionRule> known = resolvedRules;
    if (known == null) {
      known = rules.stream().toList();
      resolvedRules = known;
    }
    return known;
  }

  /**
   * Only one of the task's candidates hands it on or gives it back (Camunda leaves a former
   * assignee its grant on the task), and only to another of them.
   */
  private void handOver(CommandContext context, String taskId, String caller, String target, TaskEntity known) {
    TaskEntity task = known != null ? known : task(context, taskId);
    if (task == null) {
      return;
    }
    TaskCandidates candidates = TaskCandidates.of(task);
    if (!candidates.includes(context, caller, groupsOfUsers)) {
      throw new AuthorizationException(NOT_YOURS_TO_HAND.formatted(candidates.describe(), caller));
    }
    if (target != null && !candidates.includes(context, target, groupsOfUsers)) {
      throw new AuthorizationException(HAND_OVER.formatted(candidates.describe(), target));
    }
  }

  /** {@code PUT /task/{id}}: a changed assignee or owner is a hand-over. */
  private void saved(CommandContext context, String caller, TaskEntity sent) {
    if (sent == null || sent.getId() == null) {
      return;
    }
    TaskEntity stored = task(context, sent.getId());
    if (stored == null) {
      return;
    }
    if (!Objects.equals(stored.getAssignee(), sent.getAssignee())) {
      handOver(context, null, caller, sent.getAssignee(), stored);
    }
    if (!Objects.equals(stored.getOwner(), sent.getOwner())) {
      handOver(context, null, caller, sent.getOwner(), stored);
    }
  }

  private static TaskEntity task(CommandContext context, String taskId) {
    return taskId == null ? null : context.getTaskManager().findTaskById(taskId);
  }
}
