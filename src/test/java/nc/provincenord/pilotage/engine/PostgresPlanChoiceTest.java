package nc.provincenord.pilotage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a DBA sees in {@code pg_prepared_statements} after the same statements ran many times on
 * one connection of Pilotage's pool: the engine's plain statements and its checks of one resource are
 * prepared on the server (their plan may be cached), and so are a list of one process instance, the
 * rows of one task and the versions of one definition key; its queries joined with authorizations and
 * its other lists (order, limit, an instance or a key followed by « or ») are not (planned with their
 * values every time). Of Pilotage's own statements, only
 * an insert of values and a statement on one row by its key are prepared.
 */
class PostgresPlanChoiceTest {

  private static final String ENGINE_BY_ID = "select count(*) from ACT_PLAN_PROBE where ID_ = ?";
  private static final String AUTHORIZED_QUERY = "select count(*) from ACT_PLAN_PROBE RES left join (select A.* from "
      + "ACT_PLAN_PROBE A where A.PERMS_ & ? = ?) AUTH on (AUTH.RESOURCE_ID_ in (RES.ID_, '*')) where AUTH.RESOURCE_ID_ is not null";
  private static final String ONE_RESOURCE_CHECK = "select case when exists (select ID_ from ACT_PLAN_PROBE A "
      + "where A.PERMS_ & ? = ? and A.RESOURCE_ID_ = ?) then 1 else 0 end";
  private static final String ENGINE_LIST = "select * from ACT_PLAN_PROBE RES where RES.ID_ in (?, ?) order by RES.ID_ asc LIMIT ? OFFSET ?";
  private static final String ONE_INSTANCE_LIST = "select RES.* from ACT_PLAN_PROBE RES left join (select A.* from "
      + "ACT_PLAN_PROBE A where A.PERMS_ & ? = ?) AUTH on (AUTH.RESOURCE_ID_ in (RES.ID_, '*')) WHERE ( 1 = 1 and RES.PROC_INST_ID_ = ? "
      + "and RES.ID_ is not null ) order by RES.ID_ asc LIMIT ? OFFSET ?";
  /** An instance named first but with « or » after it: not bounded by it. */
  private static final String INSTANCE_OR_ANOTHER = "select RES.* from ACT_PLAN_PROBE RES WHERE ( 1 = 1 and RES.PROC_INST_ID_ = ? "
      + "or RES.ID_ = ? ) order by RES.ID_ asc LIMIT ? OFFSET ?";
  private static final String ONE_TASK_ROWS = "SELECT RES.*, E.ID_ FROM ACT_PLAN_PROBE RES LEFT JOIN ACT_PLAN_EXECUTION E "
      + "ON RES.PROC_INST_ID_ = E.ID_ WHERE TASK_ID_ = ?";
  /** The task named, but not alone: a list like any other. */
  private static final String TASK_AND_MORE = ONE_TASK_ROWS + " order by RES.ID_";
  /** What a start by key reads: the latest version of one definition key, joined with authorizations. */
  private static final String ONE_DEFINITION_KEY = "select distinct RES.* from ACT_RE_PROCDEF RES inner join (select KEY_, "
      + "max(VERSION_) as MAX_VERSION from ACT_RE_PROCDEF WHERE KEY_ = ? group by KEY_) VER on RES.KEY_ = VER.KEY_ left join "
      + "(select A.* from ACT_PLAN_PROBE A where A.PERMS_ & ? = ?) AUTH on (AUTH.RESOURCE_ID_ in (RES.ID_, RES.KEY_, '*')) "
      + "WHERE RES.KEY_ = ? and RES.VERSION_ = VER.MAX_VERSION and (RES.TENANT_ID_ is null or RES.TENANT_ID_ = ?) "
      + "and AUTH.RESOURCE_ID_ IS NOT NULL order by RES.ID_ asc LIMIT ? OFFSET ?";
  /** The key first, then « or » another criterion: not bounded by it. */
  private static final String DEFINITION_KEY_OR_ANOTHER = "select distinct RES.* from ACT_RE_PROCDEF RES WHERE RES.KEY_ = ? "
      + "and RES.TENANT_ID_ is null or RES.VERSION_ = ? order by RES.ID_ asc LIMIT ? OFFSET ?";
  /** Definitions by another criterion than the key. */
  private static final String DEFINITIONS_BY_VERSION = "select distinct RES.* from ACT_RE_PROCDEF RES WHERE RES.VERSION_ = ? "
      + "and RES.KEY_ = ? order by RES.ID_ asc LIMIT ? OFFSET ?";
  private static final String PILOTAGE_INSERT = "insert into plan_probe (id, status) values (?, 'PENDING') on conflict do nothing";
  private static final String PILOTAGE_ROW_BY_KEY = "update plan_probe set status = 'SENT', attempts = attempts + 1\n"
      + " where id = ? and status = 'PENDING' and (claimed is null or claimed < ?)";
  private static final String PILOTAGE_READ_BY_KEY = "select id, status from plan_probe where id = ?";
  /** Pilotage's statements that the key does not bound, or with more than one table. */
  private static final String PILOTAGE_KEY_OR_ANOTHER = "select id, status from plan_probe where id = ? or status = ?";
  private static final String PILOTAGE_KEY_AND_SUBQUERY = "update plan_probe set attempts = 0 where id = ? and status in (select status from plan_probe)";
  private static final String PILOTAGE_INSERT_SELECT = "insert into plan_probe (id, status) select id + ?, status from plan_probe where id = ?";
  private static final String PILOTAGE_OWN = "select count(*) from plan_probe where status = ?";

  private static HikariDataSource pool;
  private static DataSource dataSource;

  @BeforeAll
  static void pool() {
    pool = new HikariDataSource();
    pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test");
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(1);
    dataSource = (DataSource) PostgresPlanChoice.plannedWithValues().postProcessAfterInitialization(pool, "dataSource");
  }

  @AfterAll
  static void close() {
    pool.close();
  }

  @Test
  void onlyTheEnginesPlainStatementsArePreparedOnTheServer() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("create temporary table ACT_PLAN_PROBE (ID_ varchar(64), RESOURCE_ID_ varchar(64), PERMS_ integer, "
            + "PROC_INST_ID_ varchar(64), TASK_ID_ varchar(64))");
        ddl.execute("create temporary table ACT_PLAN_EXECUTION (ID_ varchar(64))");
        ddl.execute("create temporary table ACT_RE_PROCDEF (ID_ varchar(64), KEY_ varchar(255), VERSION_ integer, TENANT_ID_ varchar(64))");
        ddl.execute("create temporary table plan_probe (id integer primary key, status varchar(10), attempts integer default 0, claimed integer)");
      }
      for (int run = 0; run < 12; run++) {
        execute(connection, ENGINE_BY_ID, "t" + run);
        execute(connection, AUTHORIZED_QUERY, 2, 2);
        execute(connection, ONE_RESOURCE_CHECK, 2, 2, "r" + run);
        execute(connection, PILOTAGE_OWN, "SENT");
        execute(connection, ONE_TASK_ROWS, "t" + run);
        execute(connection, TASK_AND_MORE, "t" + run);
        update(connection, PILOTAGE_INSERT, run);
        update(connection, PILOTAGE_ROW_BY_KEY, run, run);
        execute(connection, PILOTAGE_READ_BY_KEY, run);
        execute(connection, PILOTAGE_KEY_OR_ANOTHER, run, "SENT");
        update(connection, PILOTAGE_KEY_AND_SUBQUERY, run);
        update(connection, PILOTAGE_INSERT_SELECT, 1000, run);
        execute(connection, ENGINE_LIST, "a", "b", 100, 0);
        execute(connection, ONE_INSTANCE_LIST, 2, 2, "pi" + run, 100, 0);
        execute(connection, INSTANCE_OR_ANOTHER, "pi" + run, "t" + run, 100, 0);
        execute(connection, ONE_DEFINITION_KEY, "k" + run, 2, 2, "k" + run, "tenant", 100, 0);
        execute(connection, DEFINITION_KEY_OR_ANOTHER, "k" + run, run, 100, 0);
        execute(connection, DEFINITIONS_BY_VERSION, run, "k" + run, 100, 0);
      }
      assertThat(prepared(connection)).contains(ENGINE_BY_ID.replace("?", "$1"))
          .anyMatch(sql -> sql.startsWith("select case when exists"))
          .contains(ONE_INSTANCE_LIST.replace("? = ?", "$1 = $2").replace("PROC_INST_ID_ = ?", "PROC_INST_ID_ = $3")
              .replace("LIMIT ? OFFSET ?", "LIMIT $4 OFFSET $5"))
          .contains(numbered(ONE_DEFINITION_KEY))
          .noneMatch(sql -> sql.contains("AUTH.RESOURCE_ID_") && !sql.contains("PROC_INST_ID_")
              && !sql.contains("WHERE RES.KEY_ = $")) // joined with authorizations, bounded by nothing
          .doesNotContain(numbered(DEFINITION_KEY_OR_ANOTHER), numbered(DEFINITIONS_BY_VERSION))
          .noneMatch(sql -> sql.contains("RES.ID_ in")) // a list without an instance
          .noneMatch(sql -> sql.contains("or RES.ID_")) // an instance followed by « or »
          .contains(numbered(ONE_TASK_ROWS), numbered(PILOTAGE_INSERT), numbered(PILOTAGE_ROW_BY_KEY), numbered(PILOTAGE_READ_BY_KEY))
          .doesNotContain(numbered(TASK_AND_MORE), numbered(PILOTAGE_KEY_OR_ANOTHER), numbered(PILOTAGE_KEY_AND_SUBQUERY),
              numbered(PILOTAGE_INSERT_SELECT), numbered(PILOTAGE_OWN));
      assertThat(prepared(connection)).filteredOn(sql -> sql.contains("plan_probe")).hasSize(3);
    }
  }

  @Test
  void anotherDatabaseKeepsItsPoolAsItIs() {
    HikariDataSource h2 = new HikariDataSource();
    h2.setJdbcUrl("jdbc:h2:mem:plan-choice");
    Object kept = PostgresPlanChoice.plannedWithValues().postProcessAfterInitialization(h2, "dataSource");
    assertThat(kept).isSameAs(h2);
    h2.close();
  }

  @Test
  void theWrappedPoolIsStillFoundAsHikariAndClosedWithTheContext() throws Exception {
    assertThat(dataSource.unwrap(HikariDataSource.class)).isSameAs(pool);
    HikariDataSource other = new HikariDataSource();
    other.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test");
    other.setUsername("postgres");
    AutoCloseable wrapped = (AutoCloseable) PostgresPlanChoice.plannedWithValues().postProcessAfterInitialization(other, "dataSource");
    wrapped.close();
    assertThat(other.isClosed()).isTrue();
  }

  /** The text as the driver prepares it: {@code ?} numbered {@code $1, $2…}. */
  private static String numbered(String sql) {
    StringBuilder text = new StringBuilder();
    int number = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        text.append('$').append(++number);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static void update(Connection connection, String sql, Object... values) throws Exception {
    try (PreparedStatement statement = bound(connection, sql, values)) {
      statement.executeUpdate();
    }
  }

  private static PreparedStatement bound(Connection connection, String sql, Object... values) throws Exception {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    return statement;
  }

  private static void execute(Connection connection, String sql, Object... values) throws Exception {
    try (PreparedStatement statement = bound(connection, sql, values); ResultSet ignored = statement.executeQuery()) {
      // executed
    }
  }

  private static List<String> prepared(Connection connection) throws Exception {
    List<String> statements = new ArrayList<>();
    try (Statement query = connection.createStatement();
         ResultSet rows = query.executeQuery("select statement from pg_prepared_statements")) {
      while (rows.next()) {
        statements.add(rows.getString(1));
      }
    }
    return statements;
  }
}
