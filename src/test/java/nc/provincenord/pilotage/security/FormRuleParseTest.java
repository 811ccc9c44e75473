package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import nc.provincenord.pilotage.ProcessTestEngine;
import nc.provincenord.pilotage.process.FormRegistry;
import nc.provincenord.pilotage.process.FormRule;
import nc.provincenord.pilotage.process.MockedFormRegistryPlugin;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The form registry's parse listener in the engine of the process tests (in memory, mocked registry): a user task whose form is named by an
 * expression is refused at deployment, one reusing a form that has its rule deploys. That a form without a rule
 * is refused by the REST API with a 400 and nothing deployed is shown on the whole application by
 * {@link FormRuleDeploymentTest}; that every shipped model and form redeploys there, by
 * {@link ModelPolicyAttackTest#everyShippedModelAndFormRedeployedUnchangedByADesignerIsAccepted()}.
 */
class FormRuleParseTest {

  /** The process tests' engine without coverage: these tests deploy, they run no process to measure. */
  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  private static final String MODEL = FormRuleDeploymentTest.MODEL;

  @BeforeEach
  void registerTheRules() {
    Mocks.register(MockedFormRegistryPlugin.NAME,
        FormRegistry.of(() -> Map.of("project-lifecycle-validate-moa", FormRule.NOTHING_SUBMITTED)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void aFormNamedByAnExpressionIsRefusedAtDeployment() {
    RepositoryService repository = engine.getProcessEngine().getRepositoryService();
    Throwable refused = catchThrowable(() -> repository.createDeployment().name("expression-form")
        .addString("expression-form.bpmn", MODEL.formatted("expression-form", "${formulaire}")).deploy());

    assertThat(refused).isInstanceOf(ParseException.class).hasMessageContaining("Task_Unchecked").hasMessageContaining("sans expression");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("expression-form").count()).isZero();
  }

  @Test
  void aTaskWhoseFormHasNoRuleIsRefusedAtDeployment() {
    RepositoryService repository = engine.getProcessEngine().getRepositoryService();
    Throwable refused = catchThrowable(() -> repository.createDeployment().name("unchecked-form")
        .addString("unchecked-form.bpmn", MODEL.formatted("unchecked-form", "formulaire-inconnu")).deploy());

    assertThat(refused).isInstanceOf(ParseException.class)
        .hasMessageContaining("formulaire-inconnu").hasMessageContaining("Task_Unchecked").hasMessageContaining("pas de règle de validation");
  }

  @Test
  void aTaskReusingAFormAndItsRuleDeploys() {
    RepositoryService repository = engine.getProcessEngine().getRepositoryService();
    Deployment deployed = repository.createDeployment().name("reused-form")
        .addString("reused-form.bpmn", MODEL.formatted("reused-form", "project-lifecycle-validate-moa")).deploy();
    try {
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("reused-form").count()).isEqualTo(1);
    } finally {
      repository.deleteDeployment(deployed.getId(), true);
    }
  }
}
