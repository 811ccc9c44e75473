package nc.provincenord.pilotage.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;

/** The server judges a designer's model by the same lint as his machine: 400 with the lines, nothing deployed. */
class ModelLintDeploymentTest extends PilotageIntegrationTest {

  private static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                   targetNamespace="http://pilotage.test">
        <process id="lint-deploy" name="Contrôle des conventions" isExecutable="true" camunda:historyTimeToLive="P30D">
          <startEvent id="Event_Start" />
          <sequenceFlow id="Flow_ToTask" sourceRef="Event_Start" targetRef="%1$s" />
          <userTask id="%1$s" name="%2$s" camunda:candidateGroups="%3$s" camunda:formRef="%4$s" camunda:formRefBinding="latest" />
          <sequenceFlow id="Flow_ToEnd" sourceRef="%1$s" targetRef="Event_End" />
          <endEvent id="Event_End" />
        </process>
      </definitions>
      """;

  @Test
  void aModelBreakingTheConventionsIsRefusedWithEachProblemAndItsLine() {
    Response refused = rest().deploy("concepteur", "lint-deploy", "lint-deploy.bpmn",
        MODEL.formatted("Activity_0abc123", "Check the request", "informatique", "project-lifecycle-validate-moa"));

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.message()).contains("règles de modélisation de Pilotage", "rien n'est déployé",
        "Élément « Activity_0abc123 » : identifiant typé", "en anglais (« check »)",
        "groupe candidat « informatique » inconnu", "(ligne 7)");
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("lint-deploy").count())
        .isZero();
  }

  @Test
  void aFormReferenceMustNameADeployedFormOrOneOfTheDeployment() {
    Response refused = rest().deploy("concepteur", "lint-deploy", "lint-deploy.bpmn",
        MODEL.formatted("Task_ValidateSpecification", "Valider", "moa", "project-lifecycle-validate-moa-v2"));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.message()).contains("formulaire « project-lifecycle-validate-moa-v2 » introuvable");

    Response deployed = rest().deploy("concepteur", "lint-deploy", "lint-deploy.bpmn",
        MODEL.formatted("Task_ValidateSpecification", "Valider", "moa", "project-lifecycle-validate-moa"));
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
    processEngine.getRepositoryService().deleteDeployment(deployed.body().get("id").asText(), true);
  }
}
