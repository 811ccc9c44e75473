package nc.provincenord.pilotage.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model of {@code processes/} and every form of {@code forms/} at
 * start-up, under stable resource names ({@code processes/technology-watch.bpmn}),
 * whatever the application runs from. Unchanged files create no new version:
 * duplicate filtering compares them with the last deployment named {@value #DEPLOYMENT_NAME}.
 * Models deployed by designers from Camunda Modeler carry their own deployment name
 * and are never overwritten by an unchanged file at restart.
 */
@Component
class ModelDeployment implements InitializingBean {

  static final String DEPLOYMENT_NAME = "pilotage";
  static final List<String> FOLDERS_AND_PATTERNS = List.of("processes/*.bpmn", "processes/*.dmn", "forms/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  ModelDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(true);
    int count = 0;
    for (String pattern : FOLDERS_AND_PATTERNS) {
      String folder = pattern.substring(0, pattern.indexOf('/') + 1);
      for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
        deployment.addInputStream(folder + resource.getFilename(), read(resource));
        count++;
      }
    }
    DeploymentWithDefinitions result = deployment.deployWithResult();
    LOG.info("{} modèles et formulaires vérifiés ; {} processus et {} décisions (re)déployés", count,
        result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size(),
        result.getDeployedDecisionDefinitions() == null ? 0 : result.getDeployedDecisionDefinitions().size());
  }

  private static InputStream read(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Modèle illisible : " + resource, unreadable);
    }
  }
}
