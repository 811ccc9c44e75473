package nc.provincenord.pilotage.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.xml.ProblemImpl;
import org.springframework.stereotype.Component;

/**
 * The model policy ({@link ModelPolicy}) at every deployment, whoever deploys and however (REST,
 * Camunda Modeler, start-up's {@code engine.ModelDeployment}), and again whenever the engine loads an
 * older deployment into its cache.
 *
 * <p>It is a deployer placed before Camunda's own rather than a BPMN parse listener: a parse listener
 * is called only after Camunda has parsed the element, and {@code BpmnParse} already instantiates
 * {@code camunda:formHandlerClass} while parsing ({@code parseStartFormHandlers},
 * {@code parseTaskFormHandler}: {@code ReflectUtil.instantiate}); a deployer also sees DMN and every
 * other resource. A refusal is a {@link ParseException}: the transaction of the deployment rolls back
 * (no deployment row, no definition, no timer job) and the REST API answers 400 with the problems,
 * each naming its element id, as Camunda Modeler shows them.
 */
@Component
class ModelPolicyPlugin extends AbstractProcessEnginePlugin {

  /** The only resources a deployment may carry: what Modeler and start-up deploy. No CMMN, no scripts, no HTML. */
  static final List<String> BPMN_SUFFIXES = List.of(".bpmn", ".bpmn20.xml");
  static final List<String> DMN_SUFFIXES = List.of(".dmn", ".dmn11.xml");
  static final String FORM_SUFFIX = ".form";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(0, new PolicyDeployer());
    configuration.setCustomPreDeployers(deployers);
  }

  static final class PolicyDeployer implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
      Map<String, ResourceEntity> resources = deployment.getResources();
      if (resources == null) {
        return;
      }
      for (ResourceEntity resource : resources.values()) {
        check(resource.getName(), resource.getBytes());
      }
    }

    static void check(String name, byte[] bytes) {
      List<Problem> problems;
      if (endsWithAny(name, BPMN_SUFFIXES)) {
        problems = ModelPolicy.bpmnProblems(ModelXml.read(name, bytes));
      } else if (endsWithAny(name, DMN_SUFFIXES)) {
        problems = ModelPolicy.dmnProblems(ModelXml.read(name, bytes));
      } else if (name.endsWith(FORM_SUFFIX)) {
        problems = List.of();
      } else {
        problems = List.of(new ProblemImpl("Ressource « " + name + " » refusée : un déploiement ne contient que "
            + "des modèles BPMN (.bpmn), des décisions DMN (.dmn) et des formulaires Camunda (.form).", null));
      }
      if (!problems.isEmpty()) {
        StringBuilder message = new StringBuilder("Modèle refusé par la politique de Pilotage, rien n'est déployé (")
            .append(name).append(") :");
        for (Problem problem : problems) {
          message.append("\n* ").append(problem.getMessage());
          if (problem.getLine() > 0) {
            message.append(" (ligne ").append(problem.getLine()).append(')');
          }
        }
        throw new ParseException(message.toString(), name, problems, List.of());
      }
    }

    private static boolean endsWithAny(String name, List<String> suffixes) {
      return suffixes.stream().anyMatch(name::endsWith);
    }
  }
}
