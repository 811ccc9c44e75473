package nc.provincenord.pilotage.engine;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nc.provincenord.pilotage.security.Role;
import nc.provincenord.pilotage.security.TasklistExpressions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine's own wall against expressions that come with a query (behind the HTTP filter of
 * the security capability, for Java callers and REST paths it does not know):
 * <ul>
 *   <li>a query run as a command ({@code TaskQueryImpl} and every {@link AbstractQuery}) carries no
 *       expression, in itself or in its or-queries at any depth: Camunda's
 *       {@code AdhocQueryValidator} looks at the top level only;</li>
 *   <li>a filter run with an extending query ({@code ExecuteFilter*Cmd}): the extending query carries
 *       no expression, and the stored filter holds only {@link TasklistExpressions};</li>
 *   <li>a filter saved ({@code SaveFilterCmd}) holds expressions only in the permitted forms, and only
 *       when no user is authenticated (Pilotage's start-up) or the user is an administrator.</li>
 * </ul>
 */
@Component
class QueryExpressionGuard extends PreCommandInterceptorPlugin {

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    super.preInit(configuration);
  }

  @Override
  protected CommandInterceptor interceptor() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        check(command);
        return next.execute(command);
      }
    };
  }

  private void check(Command<?> command) {
    if (command instanceof AbstractQuery<?, ?> query) {
      refuseAny(expressionsOf(query), "La requête");
    } else if (command instanceof AbstractExecuteFilterCmd execution) {
      Object extendingQuery = field(execution, AbstractExecuteFilterCmd.class, "extendingQuery");
      if (extendingQuery instanceof AbstractQuery<?, ?> query) {
        refuseAny(expressionsOf(query), "La requête qui étend le filtre");
      }
      checkStoredFilter((String) field(execution, AbstractExecuteFilterCmd.class, "filterId"));
    } else if (command instanceof SaveFilterCmd save) {
      Filter filter = (Filter) field(save, SaveFilterCmd.class, "filter");
      if (filter != null && filter.getQuery() instanceof AbstractQuery<?, ?> query) {
        checkSavedFilter(expressionsOf(query));
      }
    }
  }

  private void checkStoredFilter(String filterId) {
    if (filterId == null) {
      return;
    }
    Filter stored;
    try {
      stored = configuration.getFilterService().getFilter(filterId);
    } catch (ProcessEngineException unreadable) {
      return; // the filter command itself reports it (not found, not authorized)
    }
    if (stored != null && stored.getQuery() instanceof AbstractQuery<?, ?> query) {
      expressionsOf(query).forEach((key, expression) -> {
        if (!TasklistExpressions.isAllowed(expression)) {
          throw new BadUserRequestException("Le filtre « " + stored.getName() + " » contient une expression non permise (« "
              + key + "Expression ») : il ne peut pas être exécuté. Expressions permises : " + TasklistExpressions.PERMITTED + ".");
        }
      });
    }
  }

  private void checkSavedFilter(Map<String, String> expressions) {
    if (expressions.isEmpty()) {
      return;
    }
    Authentication user = configuration.getIdentityService().getCurrentAuthentication();
    boolean administrator = user == null || user.getGroupIds() != null
        && user.getGroupIds().contains(Role.ADMINISTRATORS.groupId());
    String key = expressions.keySet().iterator().next() + "Expression";
    if (!administrator) {
      throw new BadUserRequestException("Seul un administrateur peut enregistrer un filtre qui contient une expression (« "
          + key + " »).");
    }
    expressions.forEach((name, expression) -> {
      if (!TasklistExpressions.isAllowed(expression)) {
        throw new BadUserRequestException("L'expression de « " + name + "Expression » n'est pas permise dans un filtre. "
            + "Expressions permises : " + TasklistExpressions.PERMITTED + ".");
      }
    });
  }

  private static void refuseAny(Map<String, String> expressions, String what) {
    if (!expressions.isEmpty()) {
      throw new BadUserRequestException(what + " contient une expression (« " + expressions.keySet().iterator().next()
          + "Expression ») : une requête ne porte que des valeurs, jamais d'expression.");
    }
  }

  /** The expressions of a query and of all its or-queries, keyed by the criterion (e.g. {@code taskAssignee}). */
  static Map<String, String> expressionsOf(AbstractQuery<?, ?> query) {
    Map<String, String> found = new LinkedHashMap<>();
    collect(query, found, Collections.newSetFromMap(new IdentityHashMap<>()));
    return found;
  }

  private static void collect(AbstractQuery<?, ?> query, Map<String, String> found, Set<Object> seen) {
    if (query == null || !seen.add(query)) {
      return;
    }
    if (query.getExpressions() != null) {
      query.getExpressions().forEach(found::putIfAbsent);
    }
    if (query instanceof TaskQueryImpl taskQuery && taskQuery.getQueries() != null) {
      for (TaskQueryImpl orQuery : taskQuery.getQueries()) {
        collect(orQuery, found, seen);
      }
    }
  }

  /** Camunda keeps these as protected fields with no getter; a field that disappears fails closed. */
  private static Object field(Object target, Class<?> owner, String name) {
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException | RuntimeException changedCamunda) {
      throw new ProcessEngineException("Vérification des expressions impossible (" + owner.getSimpleName() + "." + name
          + ") : commande refusée.", changedCamunda);
    }
  }
}
