package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REVISION_COUNT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.SPEC_DOCUMENT_URL;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.SPEC_VERSION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class RecordSpecificationDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;

  RecordSpecificationDelegate(ProjectPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long revisions = portfolio.routeFacts(ProjectRef.of(execution)).map(ProjectPortfolio.RouteFacts::revisionCount).orElse(0L);
    REVISION_COUNT.set(execution, revisions);
    portfolio.recordSpecification(execution.getProcessBusinessKey(), SPEC_DOCUMENT_URL.get(execution), SPEC_VERSION.get(execution),
        revisions);
  }
}
