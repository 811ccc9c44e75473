package nc.provincenord.pilotage.availability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import nc.provincenord.pilotage.PostgresDatabase;

/** The test's hand on the PostgreSQL server: a separate admin connection that ends the test database's backends. */
final class ServerSide implements AutoCloseable {

  private final String database;
  private final Connection admin;

  ServerSide(PostgresDatabase database) throws SQLException {
    String url = database.url();
    this.database = url.substring(url.lastIndexOf('/') + 1);
    this.admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", database.user(),
        database.password());
  }

  /** Ends every backend of the test database (what a PostgreSQL restart does to the pool); returns how many. */
  int terminateBackends() throws SQLException {
    try (Statement statement = admin.createStatement();
         var ended = statement.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '"
             + database + "' and pid <> pg_backend_pid()")) {
      ended.next();
      return ended.getInt(1);
    }
  }

  /** The database is away: no new connection is accepted and the open ones are ended. */
  void goAway() throws SQLException {
    execute("alter database " + database + " allow_connections false");
    terminateBackends();
  }

  void comeBack() throws SQLException {
    execute("alter database " + database + " allow_connections true");
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = admin.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      comeBack();
    } finally {
      admin.close();
    }
  }
}
