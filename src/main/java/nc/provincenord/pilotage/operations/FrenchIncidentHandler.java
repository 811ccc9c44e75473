package nc.provincenord.pilotage.operations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import nc.provincenord.pilotage.notification.Notifications;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Camunda's handler of {@code failedJob} incidents (a job whose retries are spent), with two
 * differences: the incident's message, the one Cockpit shows, says in French which step of which
 * process failed, followed by the cause; and one mail per incident goes to the administrators,
 * written to the outbox in the same transaction as the incident (event key {@code incident:<id>}:
 * never twice, a rollback leaves neither).
 */
final class FrenchIncidentHandler extends DefaultIncidentHandler {

  static final String TEMPLATE = "incident-opened";
  static final String EVENT_PREFIX = "incident:";

  /** Camunda's incident message column holds 4000 characters. */
  private static final int MAX_MESSAGE = 4000;

  private static final Logger LOG = LoggerFactory.getLogger(FrenchIncidentHandler.class);

  private final ObjectProvider<Notifications> notifications;
  private final Clock clock;

  FrenchIncidentHandler(ObjectProvider<Notifications> notifications, Clock clock) {
    super(Incident.FAILED_JOB_HANDLER_TYPE);
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    Step step = Step.of(context);
    Incident incident = createIncident(context, french(step, message));
    try {
      notifyAdministrators(incident, step, message);
    } catch (RuntimeException unexpected) {
      // The incident must be recorded whatever happens to its mail: otherwise the job would keep its last retry.
      LOG.error("Incident {} ouvert, mais aucun courriel écrit pour les administrateurs", incident.getId(), unexpected);
    }
    return incident;
  }

  static String french(Step step, String cause) {
    String text = "Échec de l'étape « " + step.activityName() + " » du processus « " + step.processName()
        + " » après toutes les tentatives prévues. Cause : "
        + (cause == null || cause.isBlank() ? "aucun message d'erreur" : cause.strip());
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
  }

  private void notifyAdministrators(Incident incident, Step step, String cause) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("processName", step.processName());
    model.put("activityName", step.activityName());
    model.put("businessKey", step.businessKey());
    model.put("cause", cause == null || cause.isBlank() ? "aucun message d'erreur" : cause.strip());
    model.put("openedAt", OffsetDateTime.now(clock));
    model.put("processInstanceId", incident.getProcessInstanceId());
    notifications.getObject().toGroupMandatory(EVENT_PREFIX + incident.getId(), Role.ADMINISTRATORS.groupId(),
        TEMPLATE, model);
  }

  /** The failed step as people read it: names from the deployed model, ids when it has none. */
  record Step(String processName, String activityName, String businessKey) {

    static Step of(IncidentContext context) {
      String processName = "tâche technique du moteur";
      String activityName = context.getActivityId() == null ? "(sans étape)" : context.getActivityId();
      if (context.getProcessDefinitionId() != null) {
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(context.getProcessDefinitionId());
        processName = definition.getName() == null ? definition.getKey() : definition.getName();
        ActivityImpl activity = context.getActivityId() == null ? null : definition.findActivity(context.getActivityId());
        if (activity != null && activity.getName() != null) {
          activityName = activity.getName();
        }
      }
      String businessKey = null;
      if (context.getExecutionId() != null) {
        ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
            .findExecutionById(context.getExecutionId());
        businessKey = execution == null ? null : execution.getProcessBusinessKey();
      }
      return new Step(processName, activityName, businessKey);
    }
  }
}
