package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TRACK;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The track chosen by {@code project-governance}, in the same transaction, goes to the portfolio:
 * from then on the gateways read the portfolio's track, never the variable.
 */
@Component
class RecordTrackDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;

  RecordTrackDelegate(ProjectPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    portfolio.recordTrack(ProjectRef.of(execution), Choices.Track.valueOf(TRACK.get(execution)).name());
  }
}
