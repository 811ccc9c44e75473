package nc.provincenord.pilotage.communication.urgent;

import nc.provincenord.pilotage.engine.ModelHelper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who may take an urgent message at each level, and who publishes it, as the {@code urgent_message}
 * row records them (matched on the process instance), e.g.
 * {@code camunda:candidateUsers="${urgentRecord.candidates(execution, 'BACKUP')}"}. A process variable
 * changed by a caller moves the message to nobody else.
 */
@ModelHelper
@Component("urgentRecord")
public class UrgentRecord {

  private final UrgentMessageRepository repository;

  UrgentRecord(UrgentMessageRepository repository) {
    this.repository = repository;
  }

  /** The candidates of a level: {@code ON_DUTY}, {@code BACKUP} or {@code HEAD_OF_COMMUNICATION}, comma-separated. */
  public String candidates(DelegateExecution execution, String level) {
    UrgentLevels levels = levels(repository, execution.getProcessInstanceId());
    return UrgentLevels.csv(switch (level) {
      case UrgentLevels.ON_DUTY -> levels.onDutyCandidates();
      case UrgentLevels.BACKUP -> levels.backupCandidates();
      case UrgentLevels.HEAD -> levels.headCandidates();
      default -> throw new IllegalArgumentException("Le modèle demande le niveau « " + level
          + " », qui n'existe pas (ON_DUTY, BACKUP ou HEAD_OF_COMMUNICATION).");
    });
  }

  /** The agent who took the message: the assignee of the publication. */
  public String agent(DelegateExecution execution) {
    return repository.takenBy(execution.getProcessInstanceId())
        .orElseThrow(() -> missing(execution.getProcessInstanceId(), "qui a pris en charge le message"));
  }

  static UrgentLevels levels(UrgentMessageRepository repository, String processInstanceId) {
    return repository.levels(processInstanceId).orElseThrow(() -> missing(processInstanceId, "l'agent d'astreinte affecté"));
  }

  private static IllegalStateException missing(String processInstanceId, String what) {
    return new IllegalStateException("Le message urgent (instance " + processInstanceId + ") n'enregistre pas "
        + what + " : la route ne peut pas être décidée.");
  }
}
