package nc.provincenord.pilotage.watch;

import static nc.provincenord.pilotage.watch.WatchVariables.INITIATOR;
import static nc.provincenord.pilotage.watch.WatchVariables.PROPOSED_PROJECT;
import static nc.provincenord.pilotage.watch.WatchVariables.RELEVANCE;
import static nc.provincenord.pilotage.watch.WatchVariables.SUMMARY;
import static nc.provincenord.pilotage.watch.WatchVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A watch item turned into a project: {@link ProjectProposal} starts its request; its code is kept. */
@Component
class ProposeProjectDelegate implements JavaDelegate {

  private final ProjectProposal proposal;

  ProposeProjectDelegate(ProjectProposal proposal) {
    this.proposal = proposal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PROPOSED_PROJECT.set(execution, proposal.propose(TITLE.get(execution), SUMMARY.get(execution), RELEVANCE.get(execution),
        INITIATOR.get(execution)));
  }
}
