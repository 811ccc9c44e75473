package nc.provincenord.pilotage.portfolio;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BuildClosingReport} of the lifecycle, an async step after the closure is recorded:
 * the closing PDF is built in a job of its own, so a failure here is retried and, at worst, becomes
 * an incident; the project manager's closure form and the recorded closure stay committed.
 */
@Component
class BuildClosingReportDelegate implements JavaDelegate {

  private final ClosingReportService closingReports;

  BuildClosingReportDelegate(ClosingReportService closingReports) {
    this.closingReports = closingReports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    closingReports.generate(execution.getProcessBusinessKey());
  }
}
