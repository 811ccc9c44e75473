package nc.provincenord.pilotage.portfolio;

import nc.provincenord.pilotage.lifecycle.events.ProjectClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At the lifecycle's Clôture ({@code Task_RecordClosure} publishes {@link ProjectClosed} once the
 * closure is recorded) the closing report is generated in the same transaction: a failure rolls
 * the step back, a rollback leaves no report.
 */
@Component
class ClosingReportListener {

  private final ClosingReportService closingReports;

  ClosingReportListener(ClosingReportService closingReports) {
    this.closingReports = closingReports;
  }

  @EventListener
  void on(ProjectClosed closed) {
    closingReports.generate(closed.businessKey());
  }
}
