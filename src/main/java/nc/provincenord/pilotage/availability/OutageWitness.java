package nc.provincenord.pilotage.availability;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Notes, for the request being served on this thread, that an engine command failed because the
 * database could not be reached. Camunda's REST layers turn the exception into their own 500
 * before any filter sees it; this is how {@link DatabaseOutageResponses} still knows the reason.
 * Placed before the transaction interceptor, it also sees a transaction that could not begin.
 */
final class OutageWitness extends CommandInterceptor {

  private static final ThreadLocal<boolean[]> SEEN = new ThreadLocal<>();

  static void watch() {
    SEEN.set(new boolean[1]);
  }

  static boolean seen() {
    boolean[] seen = SEEN.get();
    return seen != null && seen[0];
  }

  static void forget() {
    SEEN.remove();
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException failure) {
      boolean[] seen = SEEN.get();
      if (seen != null && DatabaseOutage.causedBy(failure)) {
        seen[0] = true;
      }
      throw failure;
    }
  }
}
