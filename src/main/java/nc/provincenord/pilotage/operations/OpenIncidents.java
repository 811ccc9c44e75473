package nc.provincenord.pilotage.operations;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.ReadOnlyProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Service;

/** The incidents still open, newest first, with the names of their process and step as people read them. */
@Service
class OpenIncidents {

  static final int SHOWN = 200;

  private final ProcessEngine engine;

  OpenIncidents(ProcessEngine engine) {
    this.engine = engine;
  }

  record OpenIncident(String id, String processName, String activityName, String businessKey, String message,
                      ZonedDateTime openedAt, String processInstanceId) {
  }

  List<OpenIncident> list(ZoneId zone) {
    return engine.getRuntimeService().createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, SHOWN)
        .stream().map(incident -> describe(incident, zone)).toList();
  }

  long count() {
    return engine.getRuntimeService().createIncidentQuery().count();
  }

  private OpenIncident describe(Incident incident, ZoneId zone) {
    String processName = incident.getProcessDefinitionId() == null ? "tâche technique du moteur" : incident.getProcessDefinitionId();
    String activityName = incident.getActivityId();
    if (incident.getProcessDefinitionId() != null) {
      ReadOnlyProcessDefinition definition = ((RepositoryServiceImpl) engine.getRepositoryService())
          .getDeployedProcessDefinition(incident.getProcessDefinitionId());
      processName = definition.getName() == null ? incident.getProcessDefinitionId() : definition.getName();
      PvmActivity activity = incident.getActivityId() == null ? null : definition.findActivity(incident.getActivityId());
      if (activity != null && activity.getProperty("name") != null) {
        activityName = (String) activity.getProperty("name");
      }
    }
    String businessKey = incident.getProcessInstanceId() == null ? null : engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId()).list().stream()
        .map(instance -> instance.getBusinessKey()).findFirst().orElse(null);
    return new OpenIncident(incident.getId(), processName, activityName, businessKey, incident.getIncidentMessage(),
        incident.getIncidentTimestamp().toInstant().atZone(zone), incident.getProcessInstanceId());
  }
}
