package nc.provincenord.pilotage.network;

import java.util.Set;
import nc.provincenord.pilotage.process.FixedByTheProcess;
import org.springframework.stereotype.Component;

/** An action task completes its own action item, never another one (issue 18, item 5). */
@Component
class ActionOfTheTask extends FixedByTheProcess {

  ActionOfTheTask() {
    super(MeetingVariables.ACTION_ID.name(), "l'action", Set.of("Task_CompleteAction"));
  }
}
