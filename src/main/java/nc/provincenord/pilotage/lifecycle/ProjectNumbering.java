package nc.provincenord.pilotage.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out business keys {@code PRJ-<year>-<nnnn>}, numbering again from 1 each year
 * (the year of the province's clock). Portable on H2 and PostgreSQL under concurrent starts:
 * <ol>
 *   <li>the year's counter row is created, if missing, in its own short transaction; two
 *   starts racing to create it are settled by the primary key (the loser ignores the duplicate);</li>
 *   <li>in the engine's transaction, {@code update ... set last_value = last_value + 1} takes the
 *   row lock, so concurrent starts queue until the previous one commits or rolls back; the value is
 *   then read back. A start that fails rolls its number back: no gap is consumed.</li>
 * </ol>
 */
@Component
public class ProjectNumbering {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  public ProjectNumbering(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next() {
    int year = LocalDate.now(clock).getYear();
    ensureCounter(year);
    jdbc.sql("update project_counter set last_value = last_value + 1 where counter_year = :year").param("year", year).update();
    int value = jdbc.sql("select last_value from project_counter where counter_year = :year").param("year", year)
        .query(Integer.class).single();
    return format(year, value);
  }

  static String format(int year, int value) {
    return String.format("PRJ-%d-%04d", year, value);
  }

  private void ensureCounter(int year) {
    boolean exists = jdbc.sql("select count(*) from project_counter where counter_year = :year").param("year", year)
        .query(Integer.class).single() > 0;
    if (exists) {
      return;
    }
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.sql("insert into project_counter (counter_year, last_value) values (:year, 0)")
          .param("year", year).update());
    } catch (DuplicateKeyException createdMeanwhile) {
      // another start created the year's row first: use it
    }
  }
}
