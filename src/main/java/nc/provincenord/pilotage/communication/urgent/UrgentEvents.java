package nc.provincenord.pilotage.communication.urgent;

import java.time.OffsetDateTime;
import java.util.List;
import nc.provincenord.pilotage.communication.events.UrgentMessageAssigned;
import nc.provincenord.pilotage.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.*;

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
