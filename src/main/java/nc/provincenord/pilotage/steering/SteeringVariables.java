package nc.provincenord.pilotage.steering;

import nc.provincenord.pilotage.process.ProcessVariable;
import org.camunda.spin.json.SpinJsonNode;

/** The dynamic lists of the planning and status-report forms (each a {@code Json} array of objects). */
public final class SteeringVariables {

  // Planification (project-lifecycle-planning)
  public static final ProcessVariable<SpinJsonNode> PLANNED_MILESTONES = ProcessVariable.json("plannedMilestones");
  public static final ProcessVariable<SpinJsonNode> TEAM_MEMBERS = ProcessVariable.json("teamMembers");
  public static final ProcessVariable<SpinJsonNode> BUDGET_LINES = ProcessVariable.json("budgetLines");

  // Rapport d'avancement (project-lifecycle-status-report), filled in from the tables when the task is created
  public static final ProcessVariable<SpinJsonNode> MILESTONE_PROGRESS = ProcessVariable.json("milestoneProgress");
  public static final ProcessVariable<SpinJsonNode> RISK_REGISTER = ProcessVariable.json("riskRegister");
  public static final ProcessVariable<SpinJsonNode> BUDGET_CONSUMPTION = ProcessVariable.json("budgetConsumption");

  private SteeringVariables() {
  }
}
