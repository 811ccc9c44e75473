package nc.provincenord.pilotage.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link SandboxedExpressionManager} in the engine. Camunda's {@code ProcessEngineFactoryBean
 * #initializeExpressionManager} sets a {@code SpringExpressionManager} (the whole application context)
 * just before {@code buildProcessEngine()}, which then calls the plugins' {@code preInit}: set here, the
 * sandbox replaces it, and {@code initExpressionManager} then registers Tasklist's functions on it.
 * {@code postProcessEngineBuild} fails the start-up if anything put another manager in its place.
 * Scripts, evaluated outside the expression manager, get no engine at all ({@link NoScriptEngines}).
 */
@Component
class ExpressionSandboxPlugin extends AbstractProcessEnginePlugin {

  private final SandboxedExpressionManager expressionManager;

  ExpressionSandboxPlugin(ConfigurableApplicationContext context) {
    ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
    this.expressionManager = new SandboxedExpressionManager(new ModelBeans(beanFactory));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(expressionManager);
    configuration.setScriptEngineResolver(new NoScriptEngines());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (configuration.getExpressionManager() != expressionManager) {
      throw new IllegalStateException("Le langage d'expression du moteur n'est pas celui, restreint, de Pilotage : "
          + configuration.getExpressionManager().getClass().getName());
    }
  }
}
