package nc.provincenord.pilotage.communication.publication;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

@Component
class ValidatePublicationPublishListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PublicationForm.publication(task.getExecution());
  }
}
