package nc.provincenord.pilotage.availability;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Whether a failure means "the database cannot be reached", as opposed to a bug or a refused
 * statement: no connection from the pool in time (Hikari's {@link SQLTransientConnectionException},
 * Spring's {@link CannotGetJdbcConnectionException}), a connection-class SQLState ({@code 08xxx}),
 * or a backend ended by the server ({@code 57P01} administrator command, {@code 57P02} crash,
 * {@code 57P03} cannot connect now: PostgreSQL restarting). The engine wraps these in its own
 * exceptions ("An exception occurred in the persistence layer"); the whole chain of causes is read.
 */
final class DatabaseOutage {

  private DatabaseOutage() {
  }

  static boolean causedBy(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
          || cause instanceof CannotGetJdbcConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && connectionLost(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean connectionLost(SQLException failure) {
    for (SQLException next = failure; next != null; next = next.getNextException()) {
      String state = next.getSQLState();
      if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
        return true;
      }
      if (next.getNextException() == next) {
        break;
      }
    }
    return false;
  }
}
