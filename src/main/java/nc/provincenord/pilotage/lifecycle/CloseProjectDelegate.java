package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ACTUAL_END_DATE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.LESSONS_LEARNED;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_MANAGER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REQUESTER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the project: {@link ProjectClosing} records the closure and tells the stakeholders. */
@Component
class CloseProjectDelegate implements JavaDelegate {

  private final ProjectClosing closing;

  CloseProjectDelegate(ProjectClosing closing) {
    this.closing = closing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    closing.close(execution.getProcessBusinessKey(), new ProjectClosing.Closure(TITLE.get(execution), REQUESTER.get(execution),
        PROJECT_MANAGER.get(execution), LESSONS_LEARNED.get(execution), LocalDate.parse(ACTUAL_END_DATE.get(execution))));
  }
}
