package nc.provincenord.pilotage.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an outermost engine command before it runs: the check is a command of its own (its
 * refusal rolls nothing of the caller's back), run in the same database transaction just before
 * the command (one transaction, not two, per call), then the command runs unchanged, so later
 * interceptors still see its own class. Nested commands (Pilotage's own steps) are not checked.
 */
abstract class CheckedFirstPlugin extends PreCommandInterceptorPlugin {

  private IdentityService identity;
  private TransactionTemplate oneTransaction;

  /** The check to run first for this command and caller (null: Pilotage itself), or null for none. */
  protected abstract Command<Void> check(Command<?> command, EngineCaller caller);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    identity = configuration.getIdentityService();
    if (configuration instanceof SpringTransactionsProcessEngineConfiguration spring && spring.getTransactionManager() != null) {
      oneTransaction = new TransactionTemplate(spring.getTransactionManager());
    }
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
        if (check == null) {
          return next.execute(command);
        }
        if (oneTransaction == null) {
          next.execute(check);
          return next.execute(command);
        }
        // one database transaction for both: a refusal comes before anything is written
        return oneTransaction.execute(status -> {
          next.execute(check);
          return next.execute(command);
        });
      }
    };
  }
}
