package nc.provincenord.pilotage.engine;

import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine runs with {@code schema-update: false}: Liquibase owns the schema,
 * so the engine configuration must not be built before Liquibase has migrated it.
 */
@Configuration(proxyBeanMethods = false)
class EngineStartsAfterLiquibase {

  static final String LIQUIBASE_BEAN = "liquibase";

  @Bean
  static BeanFactoryPostProcessor engineDependsOnLiquibase() {
    return EngineStartsAfterLiquibase::addLiquibaseDependency;
  }

  private static void addLiquibaseDependency(ConfigurableListableBeanFactory beanFactory) {
    if (!beanFactory.containsBeanDefinition(LIQUIBASE_BEAN)) {
      return;
    }
    for (String name : beanFactory.getBeanNamesForType(ProcessEngineConfigurationImpl.class, true, false)) {
      BeanDefinition definition = beanFactory.getBeanDefinition(name);
      String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
      if (Arrays.asList(dependsOn).contains(LIQUIBASE_BEAN)) {
        continue;
      }
      definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(LIQUIBASE_BEAN)).toArray(String[]::new));
    }
  }
}
