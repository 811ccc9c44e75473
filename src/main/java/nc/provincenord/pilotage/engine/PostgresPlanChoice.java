package nc.provincenord.pilotage.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Which statements PostgreSQL may run on a cached generic plan (issue 15). The driver prepares a
 * statement on the server from its fifth use, and PostgreSQL may then switch to a plan made without
 * the values: that is what the stock engine does, and it saves planning on every call. But a plan
 * made without the values is only safe where the values cannot change the best plan. Measured at
 * 100 000 open tasks: a query joined with Camunda's authorizations cannot estimate {@code PERMS_ & ? = ?}
 * and compares every task with every grant (« Mes tâches » 8 s instead of 60 ms); a task list
 * {@code order by … LIMIT ?} walks every task in creation order to find 100 projects' tasks (375 ms
 * instead of a few). So only the engine's statements without join, order or limit (reads by id,
 * inserts, updates, deletes, and the authorization checks of one resource, which find their grant by
 * its unique key) keep the driver's default; and so does an engine list of one process instance, whose
 * main criteria start with {@code RES.PROC_INST_ID_ = ?} (see {@link #ONE_INSTANCE}), the rows of one
 * task ({@link #ONE_TASK}) and the versions of one definition key ({@link #ONE_DEFINITION_KEY}). Of
 * Pilotage's own statements, only those that leave no plan to choose keep it: an insert of its values,
 * and one row read or written by its primary key ({@link #ONE_ROW}). Every other statement is sent
 * unprepared and planned with its values each time.
 */
@Configuration(proxyBeanMethods = false)
class PostgresPlanChoice {

  @Bean
  static BeanPostProcessor plannedWithValues() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
            && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
          return new ChoosingDataSource(pool);
        }
        return bean;
      }
    };
  }

  private static final Pattern SHAPED_BY_VALUES = Pattern.compile("\\b(join|order\\s+by|limit)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Camunda writes a query's own criteria first, as {@code WHERE ( 1 = 1 and …)} joined by {@code and}
   * (its « or » queries come after, each in brackets of its own): a process instance named first there
   * bounds the whole result to that instance's rows, found by its index whatever the other values, so a
   * plan made without the values is as good (the task list of one instance: 0.8 ms of planning per call
   * saved, 0.01 ms on the cached plan).
   */
  private static final Pattern ONE_INSTANCE = Pattern.compile("\\bWHERE\\s*\\(\\s*1\\s*=\\s*1\\s+and\\s+RES\\.PROC_INST_ID_\\s*=\\s*\\?\\s*(and\\b|\\))");

  /**
   * A task's own rows, its variables when it completes: the engine's only criterion, last, is the task,
   * found by its index whatever the task (0.5 ms of planning per completion saved).
   */
  private static final Pattern ONE_TASK = Pattern.compile("\\bWHERE\\s+(RES\\.)?TASK_ID_\\s*=\\s*\\?\\s*$");

  /**
   * The versions of one process definition key, the latest of which a start by key reads: the key bounds
   * them to a few rows of a small table, and their grants are then probed by resource id whatever the
   * values (measured at 135 000 grants: the same plan either way; 0.7 to 1.3 ms of planning per start saved).
   */
  private static final Pattern ONE_DEFINITION_KEY = Pattern.compile(
      "^\\s*select\\s+distinct\\s+RES\\.\\*\\s+from\\s+ACT_RE_PROCDEF\\s+RES\\b.*?\\bWHERE\\s+RES\\.KEY_\\s*=\\s*\\?(?=\\s+and\\b|\\s+order\\b|\\s*$)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** A row inserted with its values: there is no plan to choose. */
  private static final Pattern INSERT_VALUES = Pattern.compile("^\\s*insert\\s+into\\s+\\w+\\s*\\([^()]*\\)\\s*values\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * One row of one table read, changed or deleted by its primary key: every Pilotage table with an
   * {@code id} column has it as its key, so whatever the other criteria, the key's index finds the row.
   */
  private static final Pattern ONE_ROW = Pattern.compile(
      "^\\s*(select\\s[^()]*?\\sfrom\\s+\\w+|update\\s+\\w+\\s+set\\s.*?|delete\\s+from\\s+\\w+)\\s+where\\s+id\\s*=\\s*\\?",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern SUBQUERY = Pattern.compile("\\bselect\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OR = Pattern.compile("\\bor\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INNERMOST_BRACKETS = Pattern.compile("\\([^()]*\\)");

  /** The statements are a few hundred texts: reading each once is cheaper than a search per call. */
  private static final Cache<String, Boolean> SHAPED = Caffeine.newBuilder().maximumSize(10_000).build();

  /** Whether this statement must be planned with its values every time. */
  static boolean plannedWithValues(String sql) {
    return SHAPED.get(sql, PostgresPlanChoice::shapedByValues);
  }

  private static boolean shapedByValues(String sql) {
    if (namesEngineTable(sql)) {
      return SHAPED_BY_VALUES.matcher(sql).find() && !ONE_INSTANCE.matcher(sql).find() && !ONE_TASK.matcher(sql).find()
          && !boundedBy(ONE_DEFINITION_KEY, sql);
    }
    return !leavesNoPlanToChoose(sql);
  }

  private static boolean leavesNoPlanToChoose(String sql) {
    if (SHAPED_BY_VALUES.matcher(sql).find()) {
      return false;
    }
    long selects = SUBQUERY.matcher(sql).results().count();
    if (INSERT_VALUES.matcher(sql).find()) {
      return selects == 0;
    }
    long ownSelect = sql.stripLeading().regionMatches(true, 0, "select", 0, 6) ? 1 : 0;
    return selects == ownSelect && boundedBy(ONE_ROW, sql);
  }

  /** The criterion {@code bound} finds holds for the whole statement: no « or » after it, outside brackets. */
  private static boolean boundedBy(Pattern bound, String sql) {
    Matcher criterion = bound.matcher(sql);
    return criterion.find() && !OR.matcher(outsideBrackets(sql.substring(criterion.end()))).find();
  }

  /** {@code where id = ? or …} is not bounded by the key; {@code and (a or b)} is: what is left once brackets are taken out. */
  private static String outsideBrackets(String criteria) {
    String left = criteria;
    for (String before = null; !left.equals(before); ) {
      before = left;
      left = INNERMOST_BRACKETS.matcher(left).replaceAll(" ");
    }
    return left;
  }

  /** Camunda's mappings name their tables in capitals ({@code ACT_RU_TASK}); Pilotage's SQL never does. */
  private static boolean namesEngineTable(String sql) {
    return sql.contains("ACT_");
  }

  /** Closed with the context, as the pool it wraps would be. */
  static final class ChoosingDataSource extends DelegatingDataSource implements AutoCloseable {

    private final HikariDataSource pool;

    ChoosingDataSource(HikariDataSource pool) {
      super(pool);
      this.pool = pool;
    }

    @Override
    public void close() {
      pool.close();
    }

    @Override
    public Connection getConnection() throws SQLException {
      return choosing(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return choosing(super.getConnection(username, password));
    }

    private static Connection choosing(Connection connection) {
      InvocationHandler handler = (proxy, method, arguments) -> switch (method.getName()) {
        case "equals" -> proxy == arguments[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> invoke(connection, method, arguments);
      };
      return (Connection) Proxy.newProxyInstance(PostgresPlanChoice.class.getClassLoader(),
          new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Connection connection, Method method, Object[] arguments) throws Throwable {
      Object result;
      try {
        result = method.invoke(connection, arguments);
      } catch (InvocationTargetException failure) {
        throw failure.getCause();
      }
      if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
          && arguments[0] instanceof String sql && plannedWithValues(sql)) {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      }
      return result;
    }
  }
}
