package nc.provincenord.pilotage.engine;

import org.camunda.bpm.engine.ProcessEngineException;

/** An expression of a model (or of a stored query) reached what the sandbox keeps out of the engine's reach. */
class ExpressionRefused extends ProcessEngineException {

  private static final long serialVersionUID = 1L;

  ExpressionRefused(String reason) {
    super("Expression refusée : " + reason + ". Un modèle ne peut appeler que les délégués, écouteurs et aides "
        + "(@ModelHelper) de Pilotage et les valeurs du processus.");
  }
}
