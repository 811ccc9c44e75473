package nc.provincenord.pilotage.portfolio;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the stored report to the steering committee through the notification outbox. */
@Component
class SendPortfolioReportDelegate implements JavaDelegate {

  private final PortfolioReportService reports;

  SendPortfolioReportDelegate(PortfolioReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.send(ReportVariables.REPORT_ID.get(execution));
  }
}
