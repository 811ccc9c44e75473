package nc.provincenord.pilotage.portfolio;

import nc.provincenord.pilotage.engine.ModelHelper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When {@code portfolio-report} starts: its timer start event reads {@code ${portfolioReportSchedule.cron}}
 * (Quartz-like cron with seconds, in the JVM's zone, Pacific/Noumea). Default Monday 07:00.
 */
@ModelHelper
@Component("portfolioReportSchedule")
public class ReportSchedule {

  private final String cron;

  public ReportSchedule(@Value("${pilotage.report.cron:0 0 7 ? * MON}") String cron) {
    this.cron = cron;
  }

  public String getCron() {
    return cron;
  }
}
