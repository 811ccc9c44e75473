package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A model whose user task or start event names a form without a server-side rule is not deployed: the REST
 * API answers 400 and nothing is deployed. A form named by an expression, and a task reusing a form with its
 * rule, are tested in the engine of the process tests by {@link FormRuleParseTest}.
 */
class FormRuleDeploymentTest extends PilotageIntegrationTest {

  static final String MODEL = """
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
}
