package nc.provincenord.pilotage.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are "the database is away" (503) and which are not (left as they are). */
class DatabaseOutageTest {

  @Test
  void shouldRecogniseALostConnectionBehindTheEnginesPersistenceException() {
    SQLException broken = new SQLException("An I/O error occurred while sending to the backend.", "08006");
    assertThat(DatabaseOutage.causedBy(new ProcessEnginePersistenceException("persistence", new RuntimeException("mybatis", broken)))).isTrue();
  }

  @Test
  void shouldRecogniseABackendEndedByTheServer() {
    SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
    assertThat(DatabaseOutage.causedBy(new ProcessEngineException("persistence", terminated))).isTrue();
  }

  @Test
  void shouldRecogniseAPoolThatGaveNoConnectionInTime() {
    assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 1000ms.")))).isTrue();
  }

  @Test
  void shouldRecogniseTheFailureHiddenByARollbackOnTheDeadConnection() {
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollback.initApplicationException(new ProcessEnginePersistenceException("persistence", new SQLException("I/O error", "08006")));
    assertThat(DatabaseOutage.causedBy(new ProcessEnginePersistenceException("persistence", rollback))).isTrue();
  }

  @Test
  void shouldRecogniseACommitLostWithItsConnection() {
    // Spring only logs the commit's failure (57P01) and throws the rollback's, on the closed connection.
    assertThat(DatabaseOutage.causedBy(new ProcessEnginePersistenceException("persistence",
        new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))).isTrue();
  }

  @Test
  void shouldLeaveOtherDatabaseErrorsAndBugsAlone() {
    assertThat(DatabaseOutage.causedBy(new ProcessEnginePersistenceException("persistence",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseOutage.causedBy(new TransactionSystemException("JDBC commit failed",
        new SQLException("could not serialize access due to concurrent update", "40001")))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
  }
}
