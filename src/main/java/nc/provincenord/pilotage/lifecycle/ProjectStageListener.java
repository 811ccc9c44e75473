package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.engine.ModelHelper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The one listener that records stage changes. Each stage's first element carries a start
 * listener naming the stage in the model, e.g. {@code ${projectStage.enter(execution, 'ANALYSIS')}};
 * a task renamed in Modeler changes nothing. (An expression with an argument rather than a
 * field-injected delegate: field injection writes into the shared Spring bean and is not
 * thread-safe.)
 */
@ModelHelper
@Component("projectStage")
public class ProjectStageListener {

  private final ProjectPortfolio portfolio;

  public ProjectStageListener(ProjectPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  /** The project enters the stage; the stages it was in are left. */
  public void enter(DelegateExecution execution, String stage) {
    ProjectStage entered = ProjectStage.valueOf(stage);
    portfolio.enterStage(execution.getProcessBusinessKey(), entered, false);
    LifecycleVariables.STAGE_LABEL.set(execution, entered.label());
  }

  /** The project enters the stage alongside the current one (change management during the rollout). */
  public void enterAlongside(DelegateExecution execution, String stage) {
    portfolio.enterStage(execution.getProcessBusinessKey(), ProjectStage.valueOf(stage), true);
  }

  public void leave(DelegateExecution execution, String stage) {
    portfolio.leaveStage(execution.getProcessBusinessKey(), ProjectStage.valueOf(stage));
  }
}
