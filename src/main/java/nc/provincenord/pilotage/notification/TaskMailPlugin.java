package nc.provincenord.pilotage.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds a {@code create} and an {@code assignment} task listener to every user task of
 * every process when it is parsed: task mails without touching any BPMN. The listener
 * bean is looked up lazily, because this plugin is needed to build the engine.
 */
@Component
class TaskMailPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskMailListener> listener;

  TaskMailPlugin(ObjectProvider<TaskMailListener> listener) {
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(parseListener());
  }

  BpmnParseListener parseListener() {
    TaskListener onCreate = task -> listener.getObject().taskCreated(task);
    TaskListener onAssignment = task -> listener.getObject().taskAssigned(task);
    return new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          TaskDefinition definition = behavior.getTaskDefinition();
          definition.addTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
          definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, onAssignment);
        }
      }
    };
  }
}
