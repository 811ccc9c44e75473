package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.DURATION_MONTHS;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ESTIMATED_BUDGET;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_MANAGER;

import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The qualified request: estimates and the project manager (who did the analysis) go to the portfolio. */
@Component
class RecordNeedsAnalysisDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;

  RecordNeedsAnalysisDelegate(ProjectPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String manager = CurrentUser.id(execution.getProcessEngineServices()).orElse(PROJECT_MANAGER.get(execution));
    PROJECT_MANAGER.set(execution, manager);
    portfolio.recordAnalysis(execution.getProcessBusinessKey(), ESTIMATED_BUDGET.get(execution), DURATION_MONTHS.get(execution),
        manager);
  }
}
