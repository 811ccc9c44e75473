package nc.provincenord.pilotage.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.xml.ProblemImpl;

/**
 * What a model may contain, read from its XML as written: a deployed model is code, so the same
 * rules hold for designers and administrators. Each refusal is a French problem naming the element.
 *
 * <p>BPMN: no script (script task, {@code camunda:script}, {@code camunda:resource}, a condition with a
 * {@code language}); no class outside {@value #OWN_PACKAGE} ({@code camunda:class}, listener
 * {@code class}, {@code camunda:variableMappingClass}, {@code camunda:formHandlerClass}, a custom form
 * field validator); no {@code camunda:type} but {@code external} ({@code shell} runs OS commands,
 * {@code mail} sends mail around the outbox); no connector; no embedded form ({@code camunda:formKey}
 * other than {@code camunda-forms:}); every {@code ${…}} / {@code #{…}}, wherever it stands (attribute
 * or text), in one of the {@link ExpressionShapes}.
 *
 * <p>DMN: every {@code expressionLanguage} is FEEL or JUEL, and JUEL texts keep to the same shapes.
 */
final class ModelPolicy {

  static final String OWN_PACKAGE = "nc.provincenord.pilotage.";

  private static final Set<String> CAMUNDA_NAMESPACES = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");

  private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_$]*)+");

  /** Elements whose text is prose for readers, never evaluated. */
  private static final Set<String> PROSE = Set.of("documentation", "textAnnotation");

  static final Set<String> DMN_LANGUAGES = Set.of(
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15,
      "feel-scala",
      DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE);

  private ModelPolicy() {
  }

  static List<Problem> bpmnProblems(Element root) {
    List<Problem> problems = new ArrayList<>();
    checkBpmn(root, null, problems);
    return problems;
  }

  static List<Problem> dmnProblems(Element root) {
    List<Problem> problems = new ArrayList<>();
    checkDmn(root, null, false, problems);
    return problems;
  }

  private static void checkBpmn(Element element, String enclosingId, List<Problem> problems) {
    String id = idOr(element, enclosingId);
    String tag = element.getTagName();
    if (PROSE.contains(tag)) {
      return;
    }
    if ("scriptTask".equals(tag)) {
      problems.add(problem(element, id, "tâche de script interdite ; utiliser une tâche de service "
          + "(camunda:delegateExpression=\"${…Delegate}\") d'un délégué de Pilotage"));
    } else if ("script".equals(tag)) {
      problems.add(problem(element, id, "script interdit (camunda:script, dans un écouteur ou un paramètre)"));
    } else if ("connector".equals(tag)) {
      problems.add(problem(element, id, "connecteur interdit (camunda:connector)"));
    }
    for (String key : element.attributes()) {
      String name = key.substring(key.lastIndexOf(':') + 1);
      String namespace = key.length() > name.length() ? key.substring(0, key.length() - name.length() - 1) : "";
      checkBpmnAttribute(element, id, namespace, name, element.attribute(key), problems);
    }
    checkExpressions(element, id, "texte de « " + tag + " »", element.getText(), problems);
    for (Element child : element.elements()) {
      checkBpmn(child, id, problems);
    }
  }

  private static void checkBpmnAttribute(Element element, String id, String namespace, String name, String value,
      List<Problem> problems) {
    String attribute = (namespace.isEmpty() ? "" : "camunda:") + name;
    if ("language".equals(name)) {
      problems.add(problem(element, id, "condition ou expression en script interdite (attribut language=\""
          + value + "\") ; écrire une expression ${…}"));
    } else if ("scriptFormat".equals(name) || ("resource".equals(name) && CAMUNDA_NAMESPACES.contains(namespace))) {
      problems.add(problem(element, id, "script interdit (" + attribute + ")"));
    } else if ("class".equals(name) || name.endsWith("Class")) {
      checkClass(element, id, attribute, value, problems);
    } else if ("type".equals(name) && CAMUNDA_NAMESPACES.contains(namespace) && !"external".equals(value)) {
      problems.add(problem(element, id, "camunda:type=\"" + value + "\" interdit (seules les tâches externes, "
          + "camunda:type=\"external\", sont permises)"));
    } else if ("formKey".equals(name) && !value.startsWith("camunda-forms:")) {
      problems.add(problem(element, id, "formulaire intégré interdit (camunda:formKey=\"" + value
          + "\") ; référencer un formulaire Camunda par camunda:formRef"));
    } else if ("config".equals(name) && "constraint".equals(element.getTagName())
        && "validator".equals(element.attribute("name")) && !ExpressionShapes.hasExpression(value)) {
      checkClass(element, id, "validateur de champ", value, problems);
    }
    checkExpressions(element, id, attribute, value, problems);
  }

  private static void checkClass(Element element, String id, String attribute, String value, List<Problem> problems) {
    String className = value == null ? "" : value.trim();
    if (!className.startsWith(OWN_PACKAGE) || !CLASS_NAME.matcher(className).matches()) {
      problems.add(problem(element, id, "classe « " + className + " » interdite (" + attribute
          + ") : seules les classes du paquet " + OWN_PACKAGE.substring(0, OWN_PACKAGE.length() - 1)
          + " sont permises"));
    }
  }

  private static void checkDmn(Element element, String enclosingId, boolean juel, List<Problem> problems) {
    String id = idOr(element, enclosingId);
    String language = element.attribute("expressionLanguage");
    boolean inJuel = juel;
    if (language != null) {
      String normalized = language.trim();
      if (!DMN_LANGUAGES.contains(normalized) && !DMN_LANGUAGES.contains(normalized.toLowerCase(Locale.ROOT))) {
        problems.add(problem(element, id, "langage d'expression « " + language + " » interdit dans une décision : "
            + "seuls FEEL (feel) et JUEL (juel) sont permis, aucun script"));
      }
      inJuel = DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE.equalsIgnoreCase(normalized);
    }
    if (inJuel) {
      checkExpressions(element, id, "expression JUEL", element.getText(), problems);
    }
    for (Element child : element.elements()) {
      checkDmn(child, id, inJuel, problems);
    }
  }

  private static void checkExpressions(Element element, String id, String where, String value, List<Problem> problems) {
    if (!ExpressionShapes.hasExpression(value)) {
      return;
    }
    String reason = ExpressionShapes.refusal(value);
    if (reason != null) {
      problems.add(problem(element, id, "expression refusée (" + where + ") « " + value.trim() + " » : " + reason
          + " ; " + ExpressionShapes.ALLOWED_SHAPES));
    }
  }

  private static String idOr(Element element, String enclosingId) {
    String id = element.attribute("id");
    return id == null || id.isBlank() ? enclosingId : id;
  }

  private static Problem problem(Element element, String id, String reason) {
    String message = (id == null ? "Modèle" : "Élément « " + id + " »") + " : " + reason + ".";
    String ownId = element.attribute("id");
    if (id == null || (ownId != null && !ownId.isBlank())) {
      return new ProblemImpl(message, element);
    }
    return new ProblemImpl(message, element, id);
  }
}
