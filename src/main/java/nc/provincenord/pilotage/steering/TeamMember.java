package nc.provincenord.pilotage.steering;

import java.time.YearMonth;
import java.util.SortedMap;

/** A person of the directory on a project, their role and their share of time (1–100 %) per month. */
public record TeamMember(String userId, String role, SortedMap<YearMonth, Integer> allocations) {
}
