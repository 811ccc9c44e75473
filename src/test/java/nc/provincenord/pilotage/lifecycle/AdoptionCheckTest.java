package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

/** Adoption is reached from the instance's threshold, or the configured one (70 % by default) when it has none. */
class AdoptionCheckTest {

  static final ProjectRef CHANGE = new ProjectRef("pi-change", "PRJ-2026-0042");

  final ProjectPortfolio portfolio = mock(ProjectPortfolio.class);
  final AdoptionCheck check = new AdoptionCheck(portfolio, LifecycleSettings.defaults());

  @Test
  void anInstanceWithoutThresholdIsMeasuredAgainstTheConfiguredOne() {
    when(portfolio.recordAdoptionCheck(eq(CHANGE), eq(72L), anyLong(), eq("Bonne prise en main"), eq("cdp"))).thenReturn(true);

    boolean reached = check.record(CHANGE, new AdoptionCheck.Measure(72, null, "Bonne prise en main", "cdp"));

    assertThat(reached).isTrue();
    verify(portfolio).recordAdoptionCheck(CHANGE, 72, 70, "Bonne prise en main", "cdp");
  }

  @Test
  void theThresholdTheInstanceHoldsWins() {
    check.record(CHANGE, new AdoptionCheck.Measure(72, 80L, null, "cdp"));

    verify(portfolio).recordAdoptionCheck(CHANGE, 72, 80, null, "cdp");
  }
}
