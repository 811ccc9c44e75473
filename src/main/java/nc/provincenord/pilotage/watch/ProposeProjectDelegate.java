package nc.provincenord.pilotage.watch;

import static nc.provincenord.pilotage.watch.WatchVariables.INITIATOR;
import static nc.provincenord.pilotage.watch.WatchVariables.RELEVANCE;
import static nc.provincenord.pilotage.watch.WatchVariables.SUMMARY;
import static nc.provincenord.pilotage.watch.WatchVariables.TITLE;

import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * A watch item turned into a project: starts {@code project-lifecycle} with the request prefilled,
 * in the same transaction. The watch item's author is the requester; the budget is left at 0 for
 * the analysis to estimate; no commune is preselected.
 */
@Component
class ProposeProjectDelegate implements JavaDelegate {

  static final String DIRECTION = "DSI";
  static final String PROJECT_TYPE = "SI";

  @Override
  public void execute(DelegateExecution execution) {
    VariableMap request = Variables.createVariables()
        .putValue(LifecycleVariables.TITLE.name(), TITLE.get(execution))
        .putValue(LifecycleVariables.OBJECTIVE.name(), objective(execution))
        .putValue(LifecycleVariables.DIRECTION.name(), DIRECTION)
        .putValue(LifecycleVariables.TYPE.name(), PROJECT_TYPE)
        .putValue(LifecycleVariables.ESTIMATED_BUDGET.name(), 0L)
        .putValue(LifecycleVariables.COMMUNES.name(), SpinValues.jsonValue("[]").create())
        .putValue(LifecycleVariables.REQUESTER.name(), INITIATOR.get(execution));
    String businessKey = execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(LifecycleVariables.PROCESS_KEY, request)
        .getBusinessKey();
    WatchVariables.PROPOSED_PROJECT.set(execution, businessKey);
  }

  private static String objective(DelegateExecution execution) {
    String text = SUMMARY.get(execution) + "\n\nIntérêt pour la Province : " + RELEVANCE.get(execution);
    return text.length() <= 4000 ? text : text.substring(0, 4000);
  }
}
