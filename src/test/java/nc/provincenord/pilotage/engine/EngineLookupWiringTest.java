package nc.provincenord.pilotage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;

/** In the application: the look-up is answered from memory before Camunda's first look-up, and engines resolve as before. */
class EngineLookupWiringTest extends PilotageIntegrationTest {

  @Autowired
  private ApplicationContext context;

  @Test
  void standsInBeforeCamundasAuthenticationOnBothRestApis() {
    Map<String, FilterRegistrationBean<?>> filters = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
        .map(registration -> (FilterRegistrationBean<?>) registration)
        .collect(Collectors.toMap(FilterRegistrationBean::getFilterName, registration -> registration, (a, b) -> a));
    FilterRegistrationBean<?> lookup = filters.get("pilotage-engine-lookup");

    assertThat(lookup.getUrlPatterns()).containsExactlyInAnyOrder("/engine-rest/*", "/camunda/api/*");
    assertThat(lookup.getOrder()).isLessThan(filters.get("pilotage-rest-authentication").getOrder())
        .isLessThan(filters.get("pilotage-webapp-authentication").getOrder());
  }

  @Test
  void theDefaultAndNamedEnginesResolveAndAnUnknownOneIsCamundasOwn404() {
    EngineRestClient rest = rest();
    Response byDefault = rest.get("cdp", "/engine-rest/task?maxResults=1");
    Response named = rest.get("cdp", "/engine-rest/engine/default/task?maxResults=1");
    Response unknown = rest.get("cdp", "/engine-rest/engine/inconnu/task");
    Response engines = rest.get("cdp", "/engine-rest/engine");

    assertThat(byDefault.status()).as(byDefault.text()).isEqualTo(200);
    assertThat(named.status()).as(named.text()).isEqualTo(200);
    assertThat(named.text()).isEqualTo(byDefault.text());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(unknown.message()).isEqualTo("Process engine inconnu not available");
    assertThat(engines.status()).isEqualTo(200);
    // every engine of this JVM, as Camunda lists them (other test classes may have started their own)
    assertThat(engines.body().findValuesAsText("name")).contains("default")
        .containsExactlyInAnyOrderElementsOf(ProcessEngines.getProcessEngines().keySet());
  }
}
