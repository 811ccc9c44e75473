package nc.provincenord.pilotage.notification;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A file that a capability joins to the mail announcing one of its tasks (the référents'
 * invitation carries the meeting's {@code .ics}). Every bean of this type is asked, in the
 * transaction that creates the task; the first file given is joined.
 */
public interface TaskMailAttachment {

  Optional<MailAttachment> forTask(DelegateTask task);
}
