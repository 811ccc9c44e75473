package nc.provincenord.pilotage.lifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the health rules ({@code pilotage.health.*}); see {@link HealthService}.
 *
 * @param costAmberPoints   cost overrun (budget consumed % minus progress %) from which cost is amber
 * @param costRedPoints     cost overrun from which cost is red
 * @param scheduleAmberDays slip of the forecast end date past the planned one from which schedule is amber
 * @param scheduleRedDays   slip from which schedule is red
 * @param qualityAmberIssues open quality issues from which quality is amber
 * @param qualityRedIssues  open quality issues from which quality is red
 * @param riskScoreAmber    probability × impact of an open risk from which quality is (at least) amber
 */
@ConfigurationProperties("pilotage.health")
public record HealthThresholds(
    @DefaultValue("10") int costAmberPoints,
    @DefaultValue("25") int costRedPoints,
    @DefaultValue("15") int scheduleAmberDays,
    @DefaultValue("45") int scheduleRedDays,
    @DefaultValue("1") int qualityAmberIssues,
    @DefaultValue("3") int qualityRedIssues,
    @DefaultValue("9") int riskScoreAmber) {

  public static HealthThresholds defaults() {
    return new HealthThresholds(10, 25, 15, 45, 1, 3, 9);
  }
}
