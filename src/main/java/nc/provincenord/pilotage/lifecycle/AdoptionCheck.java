package nc.provincenord.pilotage.lifecycle;

import org.springframework.stereotype.Service;

/**
 * An adoption measure of change management, recorded: adoption is reached from the threshold (%) the
 * plan set on the instance, or the configured one ({@code pilotage.lifecycle.adoption-threshold}) where
 * the instance has none (started on its own, or before the plan set it).
 */
@Service
class AdoptionCheck {

  private final ProjectPortfolio portfolio;
  private final LifecycleSettings settings;

  AdoptionCheck(ProjectPortfolio portfolio, LifecycleSettings settings) {
    this.portfolio = portfolio;
    this.settings = settings;
  }

  /** What the adoption form gave, and the threshold the instance holds ({@code null}: none). */
  record Measure(long rate, Long threshold, String observations, String checkedBy) {
  }

  /** Records the measure; returns whether adoption is reached. */
  boolean record(ProjectRef changeManagement, Measure measure) {
    long threshold = measure.threshold() == null ? settings.adoptionThreshold() : measure.threshold();
    return portfolio.recordAdoptionCheck(changeManagement, measure.rate(), threshold, measure.observations(),
        measure.checkedBy());
  }
}
