package nc.provincenord.pilotage.lifecycle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delays of the lifecycle ({@code pilotage.lifecycle.*}).
 *
 * @param approvalDelay         time given to validate or arbitrate (due date of the approval tasks)
 * @param approvalReminderBefore how long before the due date the approvers are reminded
 * @param reportingCycle        default reporting cycle of the realisation (ISO-8601, e.g. P14D)
 * @param adoptionCheckDelay    delay before measuring adoption, and between two measures
 * @param adoptionThreshold     adoption rate (%) from which change management ends
 * @param maxRevisions          revisions of the specification before the committee decides
 */
@ConfigurationProperties("pilotage.lifecycle")
public record LifecycleSettings(
    @DefaultValue("P5D") Duration approvalDelay,
    @DefaultValue("P1D") Duration approvalReminderBefore,
    @DefaultValue("P14D") String reportingCycle,
    @DefaultValue("P30D") String adoptionCheckDelay,
    @DefaultValue("70") int adoptionThreshold,
    @DefaultValue("3") int maxRevisions) {

  public static LifecycleSettings defaults() {
    return new LifecycleSettings(Duration.ofDays(5), Duration.ofDays(1), "P14D", "P30D", 70, 3);
  }
}
