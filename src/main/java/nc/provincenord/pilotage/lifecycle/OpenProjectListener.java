package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.BUSINESS_KEY;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REQUESTER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REVISION_COUNT;

import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the request: validates the start form, gives the project its business key
 * {@code PRJ-<year>-<nnnn>} and opens it in the portfolio, all in the start's transaction.
 */
@Component
class OpenProjectListener implements ExecutionListener {

  private final LifecycleForms forms;
  private final ProjectNumbering numbering;
  private final ProjectPortfolio portfolio;

  OpenProjectListener(LifecycleForms forms, ProjectNumbering numbering, ProjectPortfolio portfolio) {
    this.forms = forms;
    this.numbering = numbering;
    this.portfolio = portfolio;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ProjectPortfolio.ProjectRequest request = forms.request(execution);
    String requester = REQUESTER.get(execution);
    if (requester == null) {
      requester = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
      REQUESTER.set(execution, requester);
    }
    String businessKey = numbering.next();
    execution.setProcessBusinessKey(businessKey);
    BUSINESS_KEY.set(execution, businessKey);
    REVISION_COUNT.set(execution, 0L);
    portfolio.open(businessKey, execution.getProcessInstanceId(), request, requester);
  }
}
