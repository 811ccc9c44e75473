package nc.provincenord.pilotage.portfolio;

import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test class that works on its own small portfolio, seeded once with codes of a year no real
 * project has (PRJ-1998-…) and removed afterwards, in the shared Spring context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SmallPortfolioTest extends PilotageIntegrationTest {

  protected final SmallPortfolio portfolio;
  private final int year;

  @Autowired
  protected JdbcClient jdbc;

  SmallPortfolioTest(int year) {
    this.year = year;
    this.portfolio = new SmallPortfolio(year);
  }

  @BeforeAll
  void seed() {
    portfolio.seed(new PortfolioSeed(jdbc));
  }

  @AfterAll
  void cleanUp() {
    new PortfolioSeed(jdbc).deleteYear(year);
  }
}
