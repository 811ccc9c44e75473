package nc.provincenord.pilotage.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** A process engine plugin that puts one interceptor in front of every transactional engine command. */
public abstract class PreCommandInterceptorPlugin extends AbstractProcessEnginePlugin {

  protected abstract CommandInterceptor interceptor();

  /** Whether the interceptor goes in front of every other one, whichever plugin was applied first. */
  protected boolean outermost() {
    return false;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    if (outermost()) {
      interceptors.add(0, interceptor());
    } else {
      interceptors.add(interceptor());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
