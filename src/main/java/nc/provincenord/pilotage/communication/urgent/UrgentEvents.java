package nc.provincenord.pilotage.communication.urgent;

import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.CHANNELS;
import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.KIND;
import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.MESSAGE;
import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.TITLE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import nc.provincenord.pilotage.communication.events.UrgentMessageAssigned;
import nc.provincenord.pilotage.notification.Recipients;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The event that offers an urgent message to a level, at its first assignment and at each escalation. */
final class UrgentEvents {

  private UrgentEvents() {
  }

  /** The message as the process holds it: what the people of a level read before taking it. */
  record Message(String kind, String title, String message, List<String> channels) {

    static Message of(VariableScope scope) {
      return new Message(KIND.get(scope), TITLE.get(scope), MESSAGE.get(scope), CHANNELS.get(scope));
    }
  }

  static UrgentMessageAssigned assigned(String processInstanceId, String level, Collection<String> users, Message message,
                                        UrgentMessageRepository repository) {
    OffsetDateTime receivedAt = repository.timeline(processInstanceId).map(UrgentMessageRepository.Timeline::receivedAt).orElse(null);
    return new UrgentMessageAssigned(processInstanceId, level, message.kind(), message.title(), message.message(),
        message.channels() == null ? null : String.join(",", message.channels()), receivedAt,
        new Recipients(List.copyOf(users), List.of()));
  }
}
