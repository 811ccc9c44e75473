package nc.provincenord.pilotage.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks an outermost engine command before it runs, inside the command's own context and
 * transaction: a refusal comes before anything is written and rolls the whole call back, and what
 * the check read (the task, its execution, its definition) is in the context's cache when the
 * command reads it again (issue 15: one context and one transaction per call, not two). The
 * command itself runs unchanged. Nested commands (Pilotage's own steps) are not checked.
 */
abstract class CheckedFirstPlugin extends AbstractProcessEnginePlugin {

  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
  private IdentityService identity;

  /** The check to run first for this command and caller (null: Pilotage itself), or null for none. */
  protected abstract Command<Void> check(Command<?> command, EngineCaller caller);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(interceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    identity = configuration.getIdentityService();
  }

  private CommandInterceptor interceptor() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        int[] nesting = depth.get();
        if (nesting[0] > 0) {
          return next.execute(command);
        }
        nesting[0]++;
        try {
          Command<Void> check = check(command, EngineCaller.of(identity));
          if (check != null) {
            check.execute(Context.getCommandContext());
          }
          return next.execute(command);
        } finally {
          nesting[0]--;
        }
      }
    };
  }
}
