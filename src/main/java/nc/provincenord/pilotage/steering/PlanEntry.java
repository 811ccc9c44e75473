package nc.provincenord.pilotage.steering;

import java.util.List;

/** A validated plan as the planning step submits it: what {@link PlanRepository#recordPlan} stores. */
public record PlanEntry(List<Milestone> milestones, List<TeamMember> team, List<BudgetLine> budgetLines) {
}
