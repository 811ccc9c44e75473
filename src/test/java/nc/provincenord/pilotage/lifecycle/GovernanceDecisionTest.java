package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The boundaries of {@code project-governance}, as deployed from processes/project-governance.dmn. */
class GovernanceDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = GovernanceDecisionTest.class.getResourceAsStream("/processes/project-governance.dmn")) {
      decision = engine.parseDecision(LifecycleVariables.GOVERNANCE_DECISION_KEY, model);
    }
  }

  @ParameterizedTest(name = "{0} XPF, {1} commune(s), {2} mois, {3} => {4}")
  @CsvSource({
      // LIGHT: < 5 000 000 XPF, one commune at most, 3 months at most
      "0,        0, 1,  SI,            LIGHT",
      "4999999,  1, 3,  COMMUNICATION, LIGHT",
      "5000000,  1, 3,  SI,            STANDARD",
      "4999999,  2, 3,  SI,            STANDARD",
      "4999999,  1, 4,  MIXTE,         STANDARD",
      // MAJOR: >= 50 000 000 XPF, or 5 communes or more, or more than 12 months
      "49999999, 4, 12, SI,            STANDARD",
      "50000000, 0, 1,  SI,            MAJOR",
      "1000000,  5, 2,  COMMUNICATION, MAJOR",
      "1000000,  1, 13, MIXTE,         MAJOR",
      "60000000, 17, 36, SI,           MAJOR"
  })
  void shouldPickTheTrackAtEachThreshold(long budget, int communes, int months, String type, String track) {
    String result = engine.evaluateDecisionTable(decision, Variables.createVariables()
            .putValue(LifecycleVariables.ESTIMATED_BUDGET.name(), budget)
            .putValue(LifecycleVariables.COMMUNE_COUNT.name(), communes)
            .putValue(LifecycleVariables.DURATION_MONTHS.name(), months)
            .putValue(LifecycleVariables.TYPE.name(), type))
        .getSingleResult().getSingleEntry();
    assertThat(result).isEqualTo(track);
  }
}
