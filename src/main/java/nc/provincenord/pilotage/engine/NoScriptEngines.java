package nc.provincenord.pilotage.engine;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * No script runs in the engine. A {@code scriptFormat="juel"} script (task, listener, input/output,
 * DMN expression in a script language) is evaluated by Camunda's own {@code JuelScriptEngine}, with
 * its own resolvers and every bean of the configuration: it would pass around the sandboxed
 * expression manager. The model policy refuses scripts at deployment; this resolver refuses them
 * at run time too, for models deployed before it or by any path it did not see.
 */
final class NoScriptEngines implements ScriptEngineResolver {

  private final ScriptEngineManager none = new ScriptEngineManager(null);

  @Override
  public void addScriptEngineFactory(ScriptEngineFactory scriptEngineFactory) {
    // No script engine is ever offered.
  }

  @Override
  public ScriptEngineManager getScriptEngineManager() {
    return none;
  }

  @Override
  public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
    throw new ProcessEngineException("Script refusé : les scripts (langage « " + language + " ») ne s'exécutent pas "
        + "dans Pilotage. Utilisez une expression vers un délégué ou une aide @ModelHelper.");
  }
}
