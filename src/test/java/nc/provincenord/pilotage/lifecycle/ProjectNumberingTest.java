package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The business key's shape, without the application. That concurrent starts get distinct consecutive
 * numbers from the database is shown on the whole application by {@link ProjectNumberingConcurrencyTest}.
 */
class ProjectNumberingTest {

  @Test
  void shouldFormatTheNumberOnFourDigits() {
    assertThat(ProjectNumbering.format(2026, 7)).isEqualTo("PRJ-2026-0007");
  }
}
