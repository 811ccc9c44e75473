package nc.provincenord.pilotage.availability;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means "the database cannot be reached", as opposed to a bug or a refused
 * statement: no connection from the pool in time (Hikari's {@link SQLTransientConnectionException},
 * Spring's {@link CannotGetJdbcConnectionException}), a connection-class SQLState ({@code 08xxx}),
 * or a backend ended by the server ({@code 57P01} administrator command, {@code 57P02} crash,
 * {@code 57P03} cannot connect now: PostgreSQL restarting). The engine wraps these in its own
 * exceptions ("An exception occurred in the persistence layer"), and a rollback on the dead
 * connection may hide the first failure ({@link TransactionSystemException#getApplicationException()},
 * or nothing but the pool's "Connection is closed" when the commit itself failed): causes,
 * suppressed exceptions, hidden application exceptions and chained SQL exceptions are all read.
 */
final class DatabaseOutage {

  private DatabaseOutage() {
  }

  static boolean causedBy(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> toRead = new ArrayDeque<>();
    toRead.add(failure);
    while (!toRead.isEmpty() && seen.size() < 100) {
      Throwable cause = toRead.poll();
      if (!seen.add(cause)) {
        continue;
      }
      if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
          || cause instanceof CannotGetJdbcConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql) {
        if (sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
          return true;
        }
        addIfPresent(toRead, sql.getNextException());
      }
      if (cause instanceof TransactionSystemException boundary) {
        if (connectionUnusable(boundary)) {
          return true;
        }
        addIfPresent(toRead, boundary.getApplicationException());
      }
      addIfPresent(toRead, cause.getCause());
      for (Throwable suppressed : cause.getSuppressed()) {
        addIfPresent(toRead, suppressed);
      }
    }
    return false;
  }

  /**
   * A commit or rollback that failed on the pool's side (an SQL exception without SQLState, such as
   * Hikari's "Connection is closed" once the connection was found broken): Spring then throws the
   * rollback's failure and only logs the commit's, which carried the server's reason.
   */
  private static boolean connectionUnusable(TransactionSystemException boundary) {
    for (Throwable cause = boundary.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() == null) {
        return true;
      }
    }
    return false;
  }

  private static void addIfPresent(Deque<Throwable> toRead, Throwable next) {
    if (next != null) {
      toRead.add(next);
    }
  }
}
