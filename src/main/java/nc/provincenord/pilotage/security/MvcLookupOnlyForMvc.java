package nc.provincenord.pilotage.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Spring Security asks Spring MVC, before every request, which controller would serve it (the
 * introspector's cache, for MVC request matchers and CORS): a walk over every controller's patterns.
 * {@code /engine-rest} is Camunda's Jersey servlet: no controller serves it, its chain matches paths
 * only and has no CORS, so the walk is skipped there (issue 15: 2 to 3 % of each REST call's time).
 * Every other request keeps Spring's cache.
 */
@Configuration(proxyBeanMethods = false)
class MvcLookupOnlyForMvc {

  static final String INTROSPECTOR = "mvcHandlerMappingIntrospector";
  static final String ENGINE_REST = "/engine-rest/";

  @Bean
  static BeanDefinitionRegistryPostProcessor mvcLookupOnlyForMvcRequests() {
    return new BeanDefinitionRegistryPostProcessor() {
      @Override
      public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (!registry.containsBeanDefinition(INTROSPECTOR)) {
          return;
        }
        RootBeanDefinition replacement = new RootBeanDefinition(NoLookupForEngineRest.class);
        replacement.setLazyInit(registry.getBeanDefinition(INTROSPECTOR).isLazyInit());
        registry.removeBeanDefinition(INTROSPECTOR);
        registry.registerBeanDefinition(INTROSPECTOR, replacement);
      }

      @Override
      public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // nothing: the definition is all
      }
    };
  }

  /** Spring's introspector, whose cache filter lets {@code /engine-rest} calls through untouched. */
  static class NoLookupForEngineRest extends HandlerMappingIntrospector {

    @Override
    public Filter createCacheFilter() {
      Filter cache = super.createCacheFilter();
      return (request, response, chain) -> {
        if (request instanceof HttpServletRequest http
            && http.getRequestURI().startsWith(http.getContextPath() + ENGINE_REST)) {
          chain.doFilter(request, response);
        } else {
          cache.doFilter(request, response, chain);
        }
      };
    }
  }
}
