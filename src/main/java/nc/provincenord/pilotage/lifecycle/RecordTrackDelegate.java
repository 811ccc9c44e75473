package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TRACK;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The track chosen by {@code project-governance} goes to the portfolio. */
@Component
class RecordTrackDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;

  RecordTrackDelegate(ProjectPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    portfolio.recordTrack(execution.getProcessBusinessKey(), Choices.Track.valueOf(TRACK.get(execution)).name());
  }
}
