package nc.provincenord.pilotage.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST layers find the engine of every request through {@code EngineUtil.lookupProcessEngine}
 * (its authentication filter, then the constructor of each resource), which asks
 * {@code ServiceLoader} for a {@code ProcessEngineProvider} through the thread's class loader: a search
 * of every jar, twice a call (issue 15). The provider, the engines it returns and the 404 for an unknown
 * engine are Camunda's own; only the search is answered from memory, by {@link ProviderFilesInMemory}
 * standing in as the thread's class loader for the duration of the request.
 *
 * <p>Why the class loader: the look-up is static and called from each resource's constructor, with no
 * injection point; overriding the authentication filter's {@code getAddressedEngine} would remove one of
 * the two searches, and replacing the resources would mean copying Camunda's.
 */
@Configuration(proxyBeanMethods = false)
class EngineLookup {

  /** Before Camunda's authentication filters (101) and servlets, the first to look an engine up. */
  static final int ORDER = 100;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineLookupFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new ProviderFilesFilter());
    registration.setName("pilotage-engine-lookup");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(ORDER);
    return registration;
  }

  static final class ProviderFilesFilter extends OncePerRequestFilter {

    private volatile ProviderFilesInMemory loader;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Thread thread = Thread.currentThread();
      ClassLoader original = thread.getContextClassLoader();
      if (original == null) {
        chain.doFilter(request, response);
        return;
      }
      thread.setContextClassLoader(standingInFor(original));
      try {
        chain.doFilter(request, response);
      } finally {
        thread.setContextClassLoader(original);
      }
    }

    /** One per web application's class loader (always the same one under Tomcat). */
    private ProviderFilesInMemory standingInFor(ClassLoader original) {
      ProviderFilesInMemory current = loader;
      if (current == null || current.getParent() != original) {
        current = new ProviderFilesInMemory(original);
        loader = current;
      }
      return current;
    }
  }
}
