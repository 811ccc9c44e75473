package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;

/** A model whose user task or start event names a form without a server-side rule is not deployed. */
class FormRuleDeploymentTest extends PilotageIntegrationTest {

  private static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                   targetNamespace="http://pilotage.test">
        <process id="%s" name="Formulaire sans règle" isExecutable="true" camunda:historyTimeToLive="P30D">
          <startEvent id="Event_Start" />
          <sequenceFlow id="Flow_ToTask" sourceRef="Event_Start" targetRef="Task_Unchecked" />
          <userTask id="Task_Unchecked" name="Tâche" camunda:candidateGroups="moa" camunda:formRef="%s" camunda:formRefBinding="latest" />
          <sequenceFlow id="Flow_ToEnd" sourceRef="Task_Unchecked" targetRef="Event_End" />
          <endEvent id="Event_End" />
        </process>
      </definitions>
      """;

  @Test
  void aTaskWhoseFormHasNoRuleIsRefusedAtDeployment() {
    // the form itself comes along (the model lint refuses a formRef to a form that is nowhere)
    Response response = rest().deploy("concepteur", "unchecked-form", java.util.Map.of(
        "unchecked-form.bpmn", MODEL.formatted("unchecked-form", "formulaire-inconnu"),
        "formulaire-inconnu.form", "{\"id\": \"formulaire-inconnu\", \"type\": \"default\", \"components\": []}"));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text()).contains("formulaire-inconnu", "Task_Unchecked", "pas de règle de validation");
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("unchecked-form").count()).isZero();
  }

  @Test
  void aFormNamedByAnExpressionIsRefusedAtDeployment() {
    Response response = rest().deploy("concepteur", "expression-form", "expression-form.bpmn",
        MODEL.formatted("expression-form", "${formulaire}"));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text()).contains("Task_Unchecked", "sans expression");
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("expression-form").count()).isZero();
  }

  @Test
  void aTaskReusingAShippedFormAndItsRuleDeploys() {
    Response response = rest().deploy("concepteur", "reused-form", "reused-form.bpmn",
        MODEL.formatted("reused-form", "project-lifecycle-validate-moa"));

    assertThat(response.status()).as(response.text()).isEqualTo(200);
  }
}
