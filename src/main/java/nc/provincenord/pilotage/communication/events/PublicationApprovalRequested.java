package nc.provincenord.pilotage.communication.events;

import java.time.LocalDate;

/** The DMN chose a validation level: the validator has a Tasklist task. */
public record PublicationApprovalRequested(String processInstanceId, String title, String approvalLevel,
                                           LocalDate desiredDate, Recipients recipients) {
}
