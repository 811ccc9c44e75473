package nc.provincenord.pilotage.portfolio;

import nc.provincenord.pilotage.process.ProcessVariable;

/** The variables of {@code portfolio-report}. */
public final class ReportVariables {

  public static final String PROCESS_KEY = "portfolio-report";
  static final ProcessVariable<Long> REPORT_ID = ProcessVariable.number("portfolioReportId");

  private ReportVariables() {
  }
}
