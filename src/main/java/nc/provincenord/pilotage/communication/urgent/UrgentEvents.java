package nc.provincenord.pilotage.communication.urgent;

import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.*;

import java.time.OffsetDateTime;
import java.util.List;
import nc.provincenord.pilotage.communication.events.Recipients;
import nc.provincenord.pilotage.communication.events.UrgentMessageAssigned;
import org.camunda.bpm.engine.delegate.DelegateExecution;

final class UrgentEvents {

  private UrgentEvents() {
  }

  static UrgentMessageAssigned assigned(DelegateExecution execution, String level, List<String> users,
                                        UrgentMessageRepository repository) {
    OffsetDateTime receivedAt = repository.timeline(execution.getProcessInstanceId())
        .map(UrgentMessageRepository.Timeline::receivedAt).orElse(null);
    List<String> channels = CHANNELS.get(execution);
    return new UrgentMessageAssigned(execution.getProcessInstanceId(), level, KIND.get(execution), TITLE.get(execution),
        MESSAGE.get(execution), channels == null ? null : String.join(",", channels), receivedAt, new Recipients(users, List.of()));
  }
}
