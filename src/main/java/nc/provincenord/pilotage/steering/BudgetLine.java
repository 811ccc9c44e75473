package nc.provincenord.pilotage.steering;

/** One budget line of a project: a year and a nature, the planned and the consumed amounts in XPF. */
public record BudgetLine(int year, BudgetNature nature, long plannedAmount, long consumedAmount) {
}
