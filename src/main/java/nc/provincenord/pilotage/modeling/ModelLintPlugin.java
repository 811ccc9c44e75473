package nc.provincenord.pilotage.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * The {@link ModelLint} at every new deployment (Camunda Modeler, REST, start-up), after the security
 * policy ({@code security.ModelPolicyPlugin} stays first): a model that breaks a convention is refused
 * with a {@link ParseException}, which the REST API answers 400 with each problem and its line, and
 * nothing is deployed. On the server a form "exists" when it is in the same deployment or already
 * deployed. Deployments loaded again into the cache (older versions, running instances) are not judged
 * again: the lint is for what a designer brings, not for history.
 */
@Component
class ModelLintPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(new LintDeployer());
    configuration.setCustomPreDeployers(deployers);
  }

  static final class LintDeployer implements Deployer {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void deploy(DeploymentEntity deployment) {
      Map<String, ResourceEntity> resources = deployment.getResources();
      if (!deployment.isNew() || resources == null) {
        return;
      }
      Set<String> formsHere = formIds(resources.values());
      for (ResourceEntity resource : resources.values()) {
        List<Problem> problems = ModelLint.problems(resource.getName(), resource.getBytes(),
            form -> formsHere.contains(form) || deployed(form));
        if (!problems.isEmpty()) {
          StringBuilder message = new StringBuilder("Modèle refusé par les règles de modélisation de Pilotage, rien "
              + "n'est déployé (").append(resource.getName()).append(") :");
          for (Problem problem : problems) {
            message.append("\n* ").append(problem.getMessage());
            if (problem.getLine() > 0) {
              message.append(" (ligne ").append(problem.getLine()).append(')');
            }
          }
          throw new ParseException(message.toString(), resource.getName(), problems, List.of());
        }
      }
    }

    private static boolean deployed(String formId) {
      return Context.getCommandContext().getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null;
    }

    /** The ids of the Camunda Forms of this deployment (the JSON {@code id}, what formRef names). */
    private static Set<String> formIds(Iterable<ResourceEntity> resources) {
      Set<String> ids = new HashSet<>();
      for (ResourceEntity resource : resources) {
        if (resource.getName().endsWith(".form")) {
          try {
            JsonNode id = JSON.readTree(resource.getBytes()).get("id");
            if (id != null && id.isTextual()) {
              ids.add(id.asText());
            }
          } catch (IOException notJson) {
            // Camunda's own form deployer refuses it with its message
          }
        }
      }
      return ids;
    }
  }
}
