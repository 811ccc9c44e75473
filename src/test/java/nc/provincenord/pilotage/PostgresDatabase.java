package nc.provincenord.pilotage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test class, on the server given by
 * {@code PILOTAGE_TEST_PG_HOST} (default 127.0.0.1:5432, user postgres, trust auth).
 * Unreachable server: the test is skipped on a developer machine, and FAILS when
 * the {@code CI} variable is set, so CI never passes without PostgreSQL.
 */
public final class PostgresDatabase implements AutoCloseable {

  private static final String SERVER = System.getenv().getOrDefault("PILOTAGE_TEST_PG_HOST", "127.0.0.1:5432");
  private static final String USER = System.getenv().getOrDefault("PILOTAGE_TEST_PG_USER", "postgres");
  private static final String PASSWORD = System.getenv().getOrDefault("PILOTAGE_TEST_PG_PASSWORD", "");

  private final String name;

  private PostgresDatabase(String name) {
    this.name = name;
  }

  public static PostgresDatabase createFresh() {
    String name = "pilotage_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException unreachable) {
      String message = "PostgreSQL injoignable sur " + SERVER + " : " + unreachable.getMessage();
      if (System.getenv("CI") != null) {
        Assertions.fail(message + " (CI est défini : les tests PostgreSQL sont obligatoires)");
      }
      Assumptions.abort(message + " — test ignoré hors CI. Démarrez PostgreSQL : "
          + "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start");
    }
    return new PostgresDatabase(name);
  }

  public String url() {
    return "jdbc:postgresql://" + SERVER + "/" + name;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  /** {@code -Dpilotage.keepDatabase=true} keeps it, to read its plans afterwards (benchmarks). */
  @Override
  public void close() throws SQLException {
    if (Boolean.getBoolean("pilotage.keepDatabase")) {
      System.out.println("[database] gardée : " + name);
      return;
    }
    try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/" + database, USER, PASSWORD);
  }
}
