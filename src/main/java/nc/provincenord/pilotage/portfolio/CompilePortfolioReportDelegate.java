package nc.provincenord.pilotage.portfolio;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Compiles and stores the weekly portfolio report (HTML, PDF, CSV). */
@Component
class CompilePortfolioReportDelegate implements JavaDelegate {

  private final PortfolioReportService reports;

  CompilePortfolioReportDelegate(PortfolioReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportVariables.REPORT_ID.set(execution, reports.compileWeekly());
  }
}
