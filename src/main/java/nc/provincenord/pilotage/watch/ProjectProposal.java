package nc.provincenord.pilotage.watch;

import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.process.ProcessVariable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * A watch item turned into a project request, in the caller's transaction: a DSI information-system
 * project whose objective is the item's summary and why it matters to the Province (cut to what a
 * text variable holds); the item's author is the requester; the budget is left at 0 for the
 * analysis to estimate; no commune is preselected.
 */
@Service
class ProjectProposal {

  static final String DIRECTION = "DSI";
  static final String PROJECT_TYPE = "SI";

  private final RuntimeService runtime;

  ProjectProposal(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** The business key of the project started. */
  String propose(String title, String summary, String relevance, String initiator) {
    VariableMap request = Variables.createVariables()
        .putValue(LifecycleVariables.TITLE.name(), title)
        .putValue(LifecycleVariables.OBJECTIVE.name(), objective(summary, relevance))
        .putValue(LifecycleVariables.DIRECTION.name(), DIRECTION)
        .putValue(LifecycleVariables.TYPE.name(), PROJECT_TYPE)
        .putValue(LifecycleVariables.ESTIMATED_BUDGET.name(), 0L)
        .putValue(LifecycleVariables.COMMUNES.name(), SpinValues.jsonValue("[]").create())
        .putValue(LifecycleVariables.REQUESTER.name(), initiator);
    return runtime.startProcessInstanceByKey(LifecycleVariables.PROCESS_KEY, request).getBusinessKey();
  }

  static String objective(String summary, String relevance) {
    String text = summary + "\n\nIntérêt pour la Province : " + relevance;
    return text.length() <= ProcessVariable.TEXT_MAX ? text : text.substring(0, ProcessVariable.TEXT_MAX);
  }
}
