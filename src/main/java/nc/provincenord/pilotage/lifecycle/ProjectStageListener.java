package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.engine.ModelHelper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The one listener that records stage changes. Each stage's first element carries a start
 * listener and names its stage in the model: the element template « Entrer dans l'étape » writes the
 * stage chosen from a list as the extension property {@value #STAGE_PROPERTY} and the listener
 * {@code ${projectStage.enterDeclared(execution)}} (or, written by hand,
 * {@code ${projectStage.enter(execution, 'ANALYSIS')}}); a task renamed in Modeler changes nothing.
 * The stage is read from the deployed model, never from a variable. (An expression with an argument rather than a
 * field-injected delegate: field injection writes into the shared Spring bean and is not
 * thread-safe.)
 */
@ModelHelper
@Component("projectStage")
public class ProjectStageListener {

  /** The extension property of an element that names the stage it opens (a {@link ProjectStage} code). */
  public static final String STAGE_PROPERTY = "projectStage";

  private final ProjectPortfolio portfolio;

  public ProjectStageListener(ProjectPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  /** The project enters the stage; the stages it was in are left. */
  public void enter(DelegateExecution execution, String stage) {
    ProjectStage entered = ProjectStage.valueOf(stage);
    portfolio.enterStage(execution.getProcessBusinessKey(), entered, false);
    LifecycleVariables.STAGE_LABEL.set(execution, entered.label());
  }

  /** The project enters the stage that the element declares in its {@value #STAGE_PROPERTY} property. */
  public void enterDeclared(DelegateExecution execution) {
    enter(execution, declaredStage(execution));
  }

  static String declaredStage(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (element != null) {
      ExtensionElements extensions = element.getExtensionElements();
      if (extensions != null) {
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
          for (CamundaProperty property : properties.getCamundaProperties()) {
            if (STAGE_PROPERTY.equals(property.getCamundaName())) {
              return property.getCamundaValue();
            }
          }
        }
      }
    }
    throw new IllegalStateException("L'élément « " + execution.getCurrentActivityId() + " » n'indique pas son étape "
        + "(propriété " + STAGE_PROPERTY + ", modèle d'élément « Entrer dans l'étape »)");
  }

  /** The project enters the stage alongside the current one (change management during the rollout). */
  public void enterAlongside(DelegateExecution execution, String stage) {
    portfolio.enterStage(execution.getProcessBusinessKey(), ProjectStage.valueOf(stage), true);
  }

  public void leave(DelegateExecution execution, String stage) {
    portfolio.leaveStage(execution.getProcessBusinessKey(), ProjectStage.valueOf(stage));
  }
}
