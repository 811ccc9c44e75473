package nc.provincenord.pilotage.communication.events;

import java.time.LocalDate;
import nc.provincenord.pilotage.notification.Recipients;

/** The DMN chose a validation level: the validator has a Tasklist task. */
public record PublicationApprovalRequested(String processInstanceId, String title, String approvalLevel,
                                           LocalDate desiredDate, Recipients recipients) {
}
