/**
 * Structured steering of a project: its milestones (planned, forecast, actual), its team and their
 * monthly allocations, its risk register and its budget lines. This package owns the tables of
 * {@code 600-project-plan.yaml}: the records, their validation (French messages), their writes and the
 * per-project reads ({@link nc.provincenord.pilotage.steering.PlanRepository#planOf}). Cross-project
 * reads take the projects they cover as a {@link nc.provincenord.pilotage.steering.ProjectSelection},
 * which the lifecycle (owner of the projects) implements; steering never names the lifecycle's tables.
 */
package nc.provincenord.pilotage.steering;
