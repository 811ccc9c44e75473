package nc.provincenord.pilotage.engine;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * A process starts at its start, numbered by Pilotage, in the name of the one who asks
 * (issue 18, items 1 and 2), whichever API the start comes through (REST {@code /start},
 * {@code /submit-form}, Tasklist, Java):
 * <ul>
 *   <li>start instructions (and with them {@code skipCustomListeners} / {@code skipIoMappings}:
 *   Camunda refuses them without instructions) are for administrators only;</li>
 *   <li>a business key sent by a logged-in user who is not an administrator is refused; no start
 *   may reuse a business key already given to a process instance, running or finished;</li>
 *   <li>the model's {@code camunda:initiator} variable is the logged-in user: Camunda sets it, then
 *   lets the request's variables overwrite it ({@code PvmExecutionImpl.start}); a value sent is dropped.</li>
 * </ul>
 * Only the outermost command is checked: a step that starts another process (a watch item turned
 * into a project) is Pilotage's own code and names the requester itself.
 */
@Component
class ProcessStartGuard extends CheckedFirstPlugin {

  static final String START_AT_THE_START =
      "Un processus démarre à son début : les instructions de démarrage (startInstructions, skipCustomListeners, "
          + "skipIoMappings) sont réservées aux administrateurs.";
  static final String NO_BUSINESS_KEY =
      "Pilotage attribue lui-même la référence (businessKey) d'un processus : n'en envoyez pas.";
  static final String KEY_IN_USE = "La référence « %s » est déjà celle d'un autre processus : démarrage refusé.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    CommandFields.field(StartProcessInstanceCmd.class, "instantiationBuilder");
    CommandFields.field(StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder");
    CommandFields.field(SubmitStartFormCmd.class, "businessKey");
    CommandFields.field(SubmitStartFormCmd.class, "variables");
  }

  @Override
  protected Command<Void> check(Command<?> command, EngineCaller caller) {
    return isStart(command) ? checked(command, caller) : null;
  }

  private static boolean isStart(Command<?> command) {
    return command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd
        || command instanceof SubmitStartFormCmd;
  }

  private static Command<Void> checked(Command<?> command, EngineCaller caller) {
    boolean restricted = caller != null && !caller.administrator();
    if (restricted && command instanceof StartProcessInstanceAtActivitiesCmd) {
      throw new AuthorizationException(START_AT_THE_START);
    }
    String businessKey = businessKey(command);
    if (restricted && businessKey != null) {
      throw new AuthorizationException(NO_BUSINESS_KEY);
    }
    if (businessKey == null && (caller == null || sentVariables(command).isEmpty())) {
      return null; // nothing to look up: no check command, no transaction of its own
    }
    return context -> {
      if (businessKey != null && inUse(context, businessKey)) {
        throw new AuthorizationException(KEY_IN_USE.formatted(businessKey.length() > 40 ? businessKey.substring(0, 40) + "…" : businessKey));
      }
      if (caller != null) {
        dropInitiator(context, command);
      }
      return null;
    };
  }

  private static String businessKey(Command<?> command) {
    if (command instanceof SubmitStartFormCmd) {
      return CommandFields.text(command, "businessKey");
    }
    return builder(command).getBusinessKey();
  }

  private static ProcessInstantiationBuilderImpl builder(Command<?> command) {
    return (ProcessInstantiationBuilderImpl) CommandFields.read(command, "instantiationBuilder");
  }

  private static boolean inUse(CommandContext context, String businessKey) {
    return context.runWithoutAuthorization(() -> {
      ProcessEngineConfigurationImpl configuration = context.getProcessEngineConfiguration();
      return configuration.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0
          || configuration.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
              .count() > 0;
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> sentVariables(Command<?> command) {
    Map<String, Object> variables = command instanceof SubmitStartFormCmd
        ? (Map<String, Object>) CommandFields.read(command, "variables") : builder(command).getVariables();
    return variables == null ? Map.of() : variables;
  }

  /** Leaves the initiator variable to the value Camunda gives it: the logged-in user. */
  private static void dropInitiator(CommandContext context, Command<?> command) {
    ProcessDefinitionEntity definition;
    Map<String, Object> variables = sentVariables(command);
    if (command instanceof SubmitStartFormCmd) {
      String definitionId = CommandFields.text(command, "processDefinitionId");
      definition = context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(definitionId);
    } else {
      definition = new GetDeployedProcessDefinitionCmd(builder(command), false).execute(context);
    }
    Object initiator = definition == null ? null : definition.getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME);
    if (initiator != null && !variables.isEmpty()) {
      variables.remove(initiator);
    }
  }
}
