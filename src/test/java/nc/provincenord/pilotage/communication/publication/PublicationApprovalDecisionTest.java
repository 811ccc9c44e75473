package nc.provincenord.pilotage.communication.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every combination at the boundaries of {@code publication-approval}, as deployed from processes/. */
class PublicationApprovalDecisionTest {

  static DmnDecision decision;
  static DmnEngine engine;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = PublicationApprovalDecisionTest.class.getClassLoader()
        .getResourceAsStream("processes/publication-approval.dmn")) {
      decision = engine.parseDecision(PublicationVariables.DECISION_KEY, model);
    }
  }

  @ParameterizedTest(name = "site={0} intranet={1} réseaux={2} politique={3} -> {4}")
  @CsvSource({
      // public site or social networks, engaging the Province's policy: steering committee
      "true,  false, false, true,  STEERING_COMMITTEE",
      "false, false, true,  true,  STEERING_COMMITTEE",
      "true,  true,  true,  true,  STEERING_COMMITTEE",
      "false, true,  true,  true,  STEERING_COMMITTEE",
      // intranet: head of communication, whether it engages the policy or not
      "false, true,  false, false, HEAD_OF_COMMUNICATION",
      "false, true,  false, true,  HEAD_OF_COMMUNICATION",
      "true,  true,  false, false, HEAD_OF_COMMUNICATION",
      "false, true,  true,  false, HEAD_OF_COMMUNICATION",
      // public channels without policy content: the editorial review is enough
      "true,  false, false, false, NONE",
      "false, false, true,  false, NONE",
      "true,  false, true,  false, NONE"
  })
  void shouldChooseTheValidationLevel(boolean website, boolean intranet, boolean social, boolean policy, String expected) {
    VariableMap inputs = Variables.createVariables()
        .putValue(PublicationVariables.ON_WEBSITE.name(), website)
        .putValue(PublicationVariables.ON_INTRANET.name(), intranet)
        .putValue(PublicationVariables.ON_SOCIAL_NETWORKS.name(), social)
        .putValue(PublicationVariables.ENGAGES_POLICY.name(), policy);
    String level = engine.evaluateDecisionTable(decision, inputs).getSingleResult().getSingleEntry();
    assertThat(level).isEqualTo(expected);
  }
}
