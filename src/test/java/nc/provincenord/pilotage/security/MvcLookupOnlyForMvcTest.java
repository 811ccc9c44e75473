package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * The lookup Spring Security has Spring MVC make before each request: done for Pilotage's pages and
 * JSON API (their MVC matchers and CORS rely on it), not for Camunda's {@code /engine-rest}.
 */
class MvcLookupOnlyForMvcTest extends PilotageIntegrationTest {

  @Autowired
  ApplicationContext context;

  @Test
  void theEngineRestApiIsNotLookedUpAmongTheControllers() throws Exception {
    Filter cache = context.getBean(MvcLookupOnlyForMvc.INTROSPECTOR, HandlerMappingIntrospector.class).createCacheFilter();

    assertThat(lookupsDuring(cache, "/engine-rest/task")).isEmpty();
    assertThat(lookupsDuring(cache, "/portefeuille")).isNotEmpty();
    assertThat(lookupsDuring(cache, "/api/projects")).isNotEmpty();
  }

  private static List<String> lookupsDuring(Filter cache, String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    List<String> seen = new ArrayList<>();
    cache.doFilter(request, new MockHttpServletResponse(), (passed, response) ->
        Collections.list(passed.getAttributeNames()).stream()
            .filter(name -> name.startsWith(HandlerMappingIntrospector.class.getName()))
            .forEach(seen::add));
    return seen;
  }
}
