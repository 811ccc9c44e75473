package nc.provincenord.pilotage.security;

import static nc.provincenord.pilotage.security.BasicChainTest.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** An Object variable is a list or a map of simple values, never an arbitrary class. */
class TypedVariablesTest extends PilotageIntegrationTest {

  @Test
  void anObjectVariableOfAForeignClassIsRefused400AndNotStored() throws Exception {
    ProcessInstance instance = runningInstance();
    AttackBrowser http = new AttackBrowser(port);
    for (String type : new String[] {"java.net.URL", "org.springframework.jdbc.datasource.DriverManagerDataSource",
        "java.util.ArrayList<java.net.URL>", "java.util.HashMap<java.lang.String,javax.naming.InitialContext>"}) {
      HttpResponse<String> refused = http.send("PUT", "/engine-rest/process-instance/" + instance.getId() + "/variables/piege",
          "application/json", object(type, "\\\"https://evil.example\\\""), "Authorization", basic("admin", DEMO_PASSWORD));
      assertThat(refused.statusCode()).as(type + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("Le type « " + type + " » n'est pas autorisé pour une variable Object");
    }
    HttpResponse<String> nested = http.post("/engine-rest/process-instance/" + instance.getId() + "/variables",
        "application/json", "{\"modifications\":{\"piege\":" + object("java.net.URL", "\\\"x\\\"") + "}}",
        "Authorization", basic("admin", DEMO_PASSWORD));
    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(processEngine.getRuntimeService().getVariable(instance.getId(), "piege")).isNull();
  }

  @Test
  void aStartFormWithAForeignObjectVariableStartsNothing() throws Exception {
    long before = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(WatchVariables.PROCESS_KEY).count();
    HttpResponse<String> refused = new AttackBrowser(port).post(
        "/engine-rest/process-definition/key/technology-watch/submit-form", "application/json",
        "{\"variables\":{\"watchTitle\":{\"value\":\"Veille\"},\"source\":" + object("java.net.URL", "\\\"x\\\"") + "}}",
        "Authorization", basic("cdp", DEMO_PASSWORD));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("« java.net.URL » n'est pas autorisé");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(WatchVariables.PROCESS_KEY).count())
        .isEqualTo(before);
  }

  @Test
  void aListOfStringsAsPilotageWritesThemIsAccepted() throws Exception {
    ProcessInstance instance = runningInstance();
    HttpResponse<String> accepted = new AttackBrowser(port).send("PUT",
        "/engine-rest/process-instance/" + instance.getId() + "/variables/communes", "application/json",
        object("java.util.ArrayList<java.lang.String>", "[\\\"Koné\\\",\\\"Poindimié\\\"]"),
        "Authorization", basic("admin", DEMO_PASSWORD));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(processEngine.getRuntimeService().getVariable(instance.getId(), "communes"))
        .isEqualTo(java.util.List.of("Koné", "Poindimié"));
  }

  private ProcessInstance runningInstance() {
    return processEngine.getRuntimeService().startProcessInstanceByKey(WatchVariables.PROCESS_KEY, java.util.Map.of(
        WatchVariables.TITLE.name(), "Typage", WatchVariables.SUMMARY.name(), "Résumé.", WatchVariables.SOURCE_URL.name(), "https://example.nc/typage",
        WatchVariables.DOMAIN.name(), "DATA", WatchVariables.RELEVANCE.name(), "Utile.", "watchSubmitter", "demandeur"));
  }

  private static String object(String type, String serializedJson) {
    return "{\"type\":\"Object\",\"value\":\"" + serializedJson + "\",\"valueInfo\":{\"objectTypeName\":\"" + type
        + "\",\"serializationDataFormat\":\"application/json\"}}";
  }
}
