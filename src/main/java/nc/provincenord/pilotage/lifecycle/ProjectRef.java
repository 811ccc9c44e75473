package nc.provincenord.pilotage.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Which project row a step reads or writes: the process instance and its business key, both
 * required to match. Neither comes from a variable, so a forged variable never points the
 * route at another project.
 */
public record ProjectRef(String processInstanceId, String businessKey) {

  public static ProjectRef of(DelegateExecution execution) {
    return new ProjectRef(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
  }

  /** The project's own instance: the lifecycle, also when called from one of its called processes (change-management). */
  public static ProjectRef ofProject(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return new ProjectRef(instance.getProcessInstanceId(), instance.getProcessBusinessKey());
  }
}
