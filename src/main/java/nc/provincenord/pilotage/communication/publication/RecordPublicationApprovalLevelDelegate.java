package nc.provincenord.pilotage.communication.publication;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The level chosen by {@code publication-approval}: {@link PublicationApprovalRouting} records it and tells the validator. */
@Component
class RecordPublicationApprovalLevelDelegate implements JavaDelegate {

  private final PublicationApprovalRouting routing;

  RecordPublicationApprovalLevelDelegate(PublicationApprovalRouting routing) {
    this.routing = routing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    routing.route(execution.getProcessInstanceId(), PublicationVariables.APPROVAL_LEVEL.get(execution),
        PublicationVariables.TITLE.get(execution), LocalDate.parse(PublicationVariables.DESIRED_DATE.get(execution)));
  }
}
