package nc.provincenord.pilotage.process;

import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link FormRegistry}'s rule of a form where it is submitted: on {@code end} of every user
 * task and on {@code start} of every process start event that has a {@code camunda:formRef}, attached
 * when the model is parsed. A parse listener rather than a listener named in each BPMN: a designer can
 * neither forget it nor redeploy a model without it, and the check comes before the model's own
 * listeners (which record the decision). A model whose form has no rule, or whose {@code formRef} is an
 * expression, is refused at deployment (400, with the element id).
 *
 * <p>An execution listener rather than a {@code complete} task listener: Camunda 7.24 wraps an
 * exception thrown by a task listener into a plain {@code ProcessEngineException} (ENGINE-03051,
 * {@code TaskEntity#fireEvent}), which the REST API answers with a 500; the
 * {@code FormFieldValidationException} of an execution listener reaches it as a 400. It runs in the
 * completion's transaction: a refusal rolls the completion back. It is built in, so that
 * {@code skipCustomListeners} does not skip it; a cancelled task (boundary event, deleted instance) is
 * not checked, as nobody submitted its form.
 */
@Component
public class FormRegistryPlugin extends AbstractProcessEnginePlugin {

  private final Supplier<FormRegistry> registry;

  @Autowired
  FormRegistryPlugin(ObjectProvider<FormRegistry> registry) {
    this((Supplier<FormRegistry>) registry::getIfAvailable);
  }

  /** With a registry looked up when needed (it may not exist yet while the engine is built). */
  public FormRegistryPlugin(Supplier<FormRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        attach(element, activity, ExecutionListener.EVENTNAME_END);
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (scope instanceof ProcessDefinitionEntity) {
          attach(element, activity, ExecutionListener.EVENTNAME_START);
        }
      }
    });
  }

  private void attach(Element element, ActivityImpl activity, String event) {
    String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    if (formId == null) {
      return;
    }
    if (formId.contains("${") || formId.contains("#{")) {
      throw new BpmnParseException("Le formulaire de « " + activity.getId()
          + " » doit être nommé directement (camunda:formRef sans expression) : déploiement refusé.", element);
    }
    FormRegistry known = registry.get();
    if (known != null && !known.knows(formId)) {
      throw new BpmnParseException("Le formulaire « " + formId + " » de « " + activity.getId()
          + " » n'a pas de règle de validation côté serveur dans Pilotage : déploiement refusé.", element);
    }
    activity.addBuiltInListener(event, new RuleOfForm(formId), 0);
  }

  private final class RuleOfForm implements ExecutionListener {

    private final String formId;

    RuleOfForm(String formId) {
      this.formId = formId;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      FormRegistry rules = registry.get();
      if (rules == null) {
        throw new IllegalStateException("Registre des formulaires indisponible : étape refusée.");
      }
      rules.check(formId, execution);
    }
  }
}
