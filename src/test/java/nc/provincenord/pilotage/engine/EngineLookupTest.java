package nc.provincenord.pilotage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Camunda's REST layers look the engine provider up on every call ({@code EngineUtil}); behind
 * {@link EngineLookup} the classpath is searched for it once, and each look-up still gets the provider
 * it got before, a new one each time.
 */
class EngineLookupTest {

  private final ClassLoader original = Thread.currentThread().getContextClassLoader();
  private final SearchCounting webApplication = new SearchCounting(original);
  private final Filter filter = new EngineLookup().engineLookupFilter().getFilter();

  @AfterEach
  void restoreTheThreadsLoader() {
    Thread.currentThread().setContextClassLoader(original);
  }

  @Test
  void shouldSearchTheClasspathForTheProviderOnceForAllCalls() throws Exception {
    Thread.currentThread().setContextClassLoader(webApplication);
    List<ProcessEngineProvider> providers = new ArrayList<>();
    for (int call = 0; call < 3; call++) {
      filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), new MockHttpServletResponse(), (request, response) -> {
        // Camunda's authentication filter, then the resource's constructor.
        providers.add(EngineUtil.getProcessEngineProvider());
        providers.add(EngineUtil.getProcessEngineProvider());
      });
      assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(webApplication);
    }

    assertThat(webApplication.providerSearches).hasValue(1);
    Class<?> before = ServiceLoader.load(ProcessEngineProvider.class, original).iterator().next().getClass();
    assertThat(providers).hasSize(6).allSatisfy(provider -> assertThat(provider).isExactlyInstanceOf(before));
    Set<ProcessEngineProvider> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    distinct.addAll(providers);
    assertThat(distinct).hasSize(6);
  }

  @Test
  void withoutItEveryLookUpSearchesTheClasspath() {
    Thread.currentThread().setContextClassLoader(webApplication);
    EngineUtil.getProcessEngineProvider();
    EngineUtil.getProcessEngineProvider();

    assertThat(webApplication.providerSearches).hasValue(2);
  }

  /** The web application's class loader, counting the searches for the provider's service file. */
  private static final class SearchCounting extends ClassLoader {

    private final AtomicInteger providerSearches = new AtomicInteger();

    SearchCounting(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (ProviderFilesInMemory.PROVIDER_FILE.equals(name)) {
        providerSearches.incrementAndGet();
      }
      return super.getResources(name);
    }
  }
}
