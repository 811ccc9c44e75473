package nc.provincenord.pilotage.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks an outermost engine command before it runs: the check is a command of its own (its
 * refusal rolls nothing of the caller's back), then the command runs unchanged, so later
 * interceptors still see its own class. Nested commands (Pilotage's own steps) are not checked.
 */
abstract class CheckedFirstPlugin extends PreCommandInterceptorPlugin {

  private IdentityService identity;

  /** The check to run first for this command and caller (null: Pilotage itself), or null for none. */
  protected abstract Command<Void> check(Command<?> command, EngineCaller caller);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    identity = configuration.getIdentityService();
  }

  @Override
  protected CommandInterceptor interceptor() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null) {
          return next.execute(command);
        }
        Command<Void> check = check(command, EngineCaller.of(identity));
        if (check != null) {
          next.execute(check);
        }
        return next.execute(command);
      }
    };
  }
}
