package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ARBITRATION_COMMENT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.POSTPONED_UNTIL;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.POSTPONEMENT_END;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_MANAGER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REQUESTER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The committee postponed the project: {@link ProjectPostponement} tells people and says when it comes back. */
@Component
class PostponeProjectDelegate implements JavaDelegate {

  private final ProjectPostponement postponement;

  PostponeProjectDelegate(ProjectPostponement postponement) {
    this.postponement = postponement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    POSTPONEMENT_END.set(execution, Date.from(postponement.postpone(execution.getProcessBusinessKey(),
        new ProjectPostponement.Postponed(TITLE.get(execution), REQUESTER.get(execution), PROJECT_MANAGER.get(execution),
            LocalDate.parse(POSTPONED_UNTIL.get(execution)), ARBITRATION_COMMENT.get(execution)))));
  }
}
