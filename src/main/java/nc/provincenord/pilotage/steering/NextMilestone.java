package nc.provincenord.pilotage.steering;

import java.time.LocalDate;

/** A project's next milestone not yet reached, at its forecast date (its planned date while none is forecast). */
public record NextMilestone(String name, LocalDate date) {
}
