package nc.provincenord.pilotage.modeling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nc.provincenord.pilotage.security.ModelXml;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.camunda.bpm.engine.impl.xml.ProblemImpl;

/**
 * Pilotage's modelling conventions, one rule set with two callers: {@code ModelLintTest} over
 * {@code processes/} (a designer's machine and CI) and {@link ModelLintPlugin} at every new deployment
 * (the server, after the security policy). Each problem is a French sentence naming the element.
 *
 * <p>BPMN: typed meaningful ids ({@code Task_WriteSpecification}, {@code Gateway_…}, {@code Event_…},
 * {@code Flow_…}, {@code SubProcess_…}, {@code Message_…}; process ids in kebab-case; no Modeler
 * default such as {@code Activity_0abc123} or {@code UserTask_1}); {@code camunda:historyTimeToLive}
 * on every executable process; every {@code camunda:formRef} names a form that exists; every candidate
 * group is one of the contract's groups ({@link Role}); every exclusive gateway that chooses has a
 * default flow or covers its cases ({@link GatewayCases}); no script and no {@code camunda:class};
 * names in French on activities and exclusive gateways that choose. DMN: {@code historyTimeToLive} on every decision.
 */
public final class ModelLint {

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private static final Set<String> TASKS = Set.of("task", "userTask", "serviceTask", "businessRuleTask", "callActivity",
      "sendTask", "receiveTask", "manualTask", "scriptTask");
  private static final Set<String> GATEWAYS = Set.of("exclusiveGateway", "inclusiveGateway", "parallelGateway",
      "eventBasedGateway", "complexGateway");
  private static final Set<String> EVENTS = Set.of("startEvent", "endEvent", "boundaryEvent", "intermediateCatchEvent",
      "intermediateThrowEvent");
  private static final Set<String> SUB_PROCESSES = Set.of("subProcess", "transaction", "adHocSubProcess");

  /** After the type prefix, a word in CamelCase: {@code Flow_1} or {@code Activity_0x1y2z3} are Modeler's. */
  private static final Pattern MEANINGFUL = Pattern.compile("[A-Z][a-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*");
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Common English words that are not also French: a label holding one was not translated. */
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "for", "with", "from", "is", "are", "yes",
      "task", "user", "check", "send", "start", "end", "review", "approve", "reject", "create", "update", "delete",
      "record", "submit", "done", "new", "request", "gateway", "event", "process", "step", "wait", "if", "or", "not",
      "by", "approved", "rejected", "decision", "write", "notify", "open", "assign", "publish", "escalate", "closed");

  private static final Set<String> GROUPS = java.util.Arrays.stream(Role.values()).map(Role::groupId)
      .collect(Collectors.toUnmodifiableSet());

  private static final Pattern HELPER_CASE = Pattern.compile(
      "\\$\\{\\s*(\\w+)\\.(\\w+)\\(\\s*execution\\s*,\\s*'(\\w+)'\\s*\\)\\s*}");
  private static final Pattern HELPER_BOOLEAN = Pattern.compile("\\$\\{\\s*(\\w+)\\.(\\w+)\\(\\s*execution\\s*\\)\\s*}");
  private static final Pattern VARIABLE_CASE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*==\\s*'(\\w+)'\\s*}");
  private static final Pattern COUNT_CASE = Pattern.compile("\\$\\{\\s*(\\w+Count)\\s*(>|==)\\s*0\\s*}");

  private static final Namespace CAMUNDA = new Namespace(CAMUNDA_NS);
  private static final Namespace CAMUNDA_DMN = new Namespace("http://camunda.org/schema/1.0/dmn");

  private ModelLint() {
  }

  /** The problems of one resource; {@code formExists} says whether a form id can be found. */
  public static List<Problem> problems(String resourceName, byte[] bytes, Predicate<String> formExists) {
    if (resourceName.endsWith(".bpmn") || resourceName.endsWith(".bpmn20.xml")) {
      return bpmn(ModelXml.read(resourceName, bytes), formExists);
    }
    if (resourceName.endsWith(".dmn") || resourceName.endsWith(".dmn11.xml")) {
      return dmn(ModelXml.read(resourceName, bytes));
    }
    return List.of();
  }

  static List<Problem> bpmn(Element definitions, Predicate<String> formExists) {
    List<Problem> problems = new ArrayList<>();
    Map<String, List<Element>> outgoing = new HashMap<>();
    collectFlows(definitions, outgoing);
    for (Element child : definitions.elements()) {
      String tag = child.getTagName();
      if ("process".equals(tag)) {
        checkProcess(child, problems);
        checkElements(child, outgoing, formExists, problems);
      } else if ("message".equals(tag) || "signal".equals(tag) || "error".equals(tag)) {
        checkTypedId(child, capitalized(tag) + "_", problems);
      }
    }
    return problems;
  }

  static List<Problem> dmn(Element definitions) {
    List<Problem> problems = new ArrayList<>();
    for (Element decision : definitions.elements()) {
      if ("decision".equals(decision.getTagName()) && blank(decision.attributeNS(CAMUNDA_DMN, "historyTimeToLive"))) {
        problems.add(problem(decision, "durée de conservation de l'historique manquante (History Time To Live, "
            + "camunda:historyTimeToLive ; dans Modeler « History cleanup → Time to live »)"));
      }
    }
    return problems;
  }

  private static void checkProcess(Element process, List<Problem> problems) {
    String id = process.attribute("id");
    if (id == null || !KEBAB.matcher(id).matches()) {
      problems.add(problem(process, "identifiant de processus en minuscules séparées par des tirets attendu "
          + "(ex. project-lifecycle)"));
    }
    if (!"false".equals(process.attribute("isExecutable")) && blank(camunda(process, "historyTimeToLive"))) {
      problems.add(problem(process, "durée de conservation de l'historique manquante (History Time To Live, "
          + "camunda:historyTimeToLive ; dans Modeler « History cleanup → Time to live »)"));
    }
    if (blank(process.attribute("name"))) {
      problems.add(problem(process, "nom du processus manquant (en français)"));
    }
  }

  private static void checkElements(Element scope, Map<String, List<Element>> outgoing, Predicate<String> formExists,
      List<Problem> problems) {
    for (Element element : scope.elements()) {
      String tag = element.getTagName();
      if (TASKS.contains(tag)) {
        checkTypedId(element, "Task_", problems);
        checkFrenchName(element, true, problems);
      } else if (SUB_PROCESSES.contains(tag)) {
        checkTypedId(element, "SubProcess_", problems);
        checkFrenchName(element, true, problems);
        checkElements(element, outgoing, formExists, problems);
      } else if (GATEWAYS.contains(tag)) {
        checkTypedId(element, "Gateway_", problems);
        List<Element> out = outgoing.getOrDefault(element.attribute("id"), List.of());
        checkFrenchName(element, out.size() > 1 && "exclusiveGateway".equals(tag), problems);
        if ("exclusiveGateway".equals(tag) && out.size() > 1) {
          checkCases(element, out, problems);
        }
      } else if (EVENTS.contains(tag)) {
        checkTypedId(element, "Event_", problems);
        checkFrenchName(element, false, problems);
      } else if ("sequenceFlow".equals(tag)) {
        checkTypedId(element, "Flow_", problems);
        checkFrenchName(element, false, problems);
      }
      checkAttributes(element, formExists, problems);
      checkScripts(element, problems);
    }
  }

  private static void checkAttributes(Element element, Predicate<String> formExists, List<Problem> problems) {
    String formRef = camunda(element, "formRef");
    if (formRef != null && !formRef.contains("${") && !formRef.contains("#{") && !formExists.test(formRef.trim())) {
      problems.add(problem(element, "formulaire « " + formRef + " » introuvable (camunda:formRef) : ni dans forms/, ni "
          + "déployé, ni dans ce déploiement"));
    }
    String groups = camunda(element, "candidateGroups");
    if (groups != null) {
      for (String group : groups.split(",")) {
        if (!GROUPS.contains(group.trim())) {
          problems.add(problem(element, "groupe candidat « " + group.trim() + " » inconnu : groupes du contrat "
              + GROUPS.stream().sorted().collect(Collectors.joining(", "))));
        }
      }
    }
  }

  /** {@code camunda:class} on the element or on one of its listeners; scripts wherever they stand. */
  private static void checkScripts(Element element, List<Problem> problems) {
    if ("scriptTask".equals(element.getTagName())) {
      problems.add(problem(element, "tâche de script interdite : utiliser une tâche de service avec son modèle "
          + "d'élément (délégué de Pilotage)"));
    }
    if (camunda(element, "class") != null) {
      problems.add(problem(element, "camunda:class interdit : utiliser camunda:delegateExpression avec un délégué de "
          + "Pilotage (modèles d'élément)"));
    }
    for (Element extension : element.elements()) {
      if ("extensionElements".equals(extension.getTagName())) {
        for (Element listener : extension.elements()) {
          if (listener.attribute("class") != null) {
            problems.add(problem(element, "écouteur avec une classe (class=\"" + listener.attribute("class")
                + "\") interdit : utiliser delegateExpression ou l'expression d'un modèle d'élément"));
          }
          if (!listener.elements().stream().filter(e -> "script".equals(e.getTagName())).toList().isEmpty()) {
            problems.add(problem(element, "script interdit dans un écouteur"));
          }
        }
      }
      if ("conditionExpression".equals(extension.getTagName()) && extension.attribute("language") != null) {
        problems.add(problem(element, "condition en script interdite (language=\"" + extension.attribute("language")
            + "\") : écrire une expression ${…}"));
      }
    }
  }

  private static void checkCases(Element gateway, List<Element> out, List<Problem> problems) {
    if (!blank(gateway.attribute("default"))) {
      return;
    }
    Map<String, Set<String>> answers = new HashMap<>();
    Map<String, Set<Boolean>> booleans = new HashMap<>();
    for (Element flow : out) {
      Element condition = flow.element("conditionExpression");
      String text = condition == null ? null : condition.getText();
      if (blank(text)) {
        return; // a flow without condition is always taken: the gateway cannot be stuck
      }
      text = text.trim();
      Matcher matcher;
      if ((matcher = HELPER_CASE.matcher(text)).matches()) {
        String method = matcher.group(2);
        if (method.endsWith("IsNot")) {
          String question = matcher.group(1) + "." + method.substring(0, method.length() - 3) + ":" + matcher.group(3);
          booleans.computeIfAbsent(question, q -> new HashSet<>()).add(false);
        } else {
          String question = matcher.group(1) + "." + method;
          answers.computeIfAbsent(question, q -> new HashSet<>()).add(matcher.group(3));
          booleans.computeIfAbsent(question + ":" + matcher.group(3), q -> new HashSet<>()).add(true);
        }
      } else if ((matcher = HELPER_BOOLEAN.matcher(text)).matches()) {
        String method = matcher.group(2);
        boolean negated = method.contains("Not");
        booleans.computeIfAbsent(matcher.group(1) + "." + method.replace("Not", ""), q -> new HashSet<>()).add(!negated);
      } else if ((matcher = VARIABLE_CASE.matcher(text)).matches()) {
        answers.computeIfAbsent(matcher.group(1), q -> new HashSet<>()).add(matcher.group(2));
      } else if ((matcher = COUNT_CASE.matcher(text)).matches()) {
        booleans.computeIfAbsent(matcher.group(1) + ">0", q -> new HashSet<>()).add(">".equals(matcher.group(2)));
      }
    }
    boolean complement = booleans.values().stream().anyMatch(values -> values.size() == 2);
    boolean allAnswers = answers.entrySet().stream().anyMatch(entry -> GatewayCases.ANSWERS.containsKey(entry.getKey())
        && entry.getValue().containsAll(GatewayCases.ANSWERS.get(entry.getKey())));
    if (!complement && !allAnswers) {
      problems.add(problem(gateway, "passerelle exclusive sans flux par défaut dont les conditions ne couvrent pas tous "
          + "les cas : marquer un flux « Default flow » ou nommer chaque réponse de la question posée"));
    }
  }

  private static void checkTypedId(Element element, String prefix, List<Problem> problems) {
    String id = element.attribute("id");
    if (id == null || !id.startsWith(prefix) || !MEANINGFUL.matcher(id.substring(prefix.length())).matches()) {
      problems.add(problem(element, "identifiant typé et parlant attendu, de la forme " + prefix
          + "NomEnAnglais (ex. Task_WriteSpecification, Gateway_SpecDecision), pas un identifiant par défaut de Modeler"));
    }
  }

  private static void checkFrenchName(Element element, boolean required, List<Problem> problems) {
    String name = element.attribute("name");
    if (blank(name)) {
      if (required) {
        problems.add(problem(element, "nom manquant : chaque tâche et chaque passerelle qui choisit porte un nom en "
            + "français"));
      }
      return;
    }
    for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (ENGLISH.contains(word)) {
        problems.add(problem(element, "nom « " + name + " » en anglais (« " + word + " ») : les libellés sont en "
            + "français"));
        return;
      }
    }
  }

  private static void collectFlows(Element element, Map<String, List<Element>> outgoing) {
    for (Element child : element.elements()) {
      if ("sequenceFlow".equals(child.getTagName()) && child.attribute("sourceRef") != null) {
        outgoing.computeIfAbsent(child.attribute("sourceRef"), id -> new ArrayList<>()).add(child);
      }
      collectFlows(child, outgoing);
    }
  }

  private static String camunda(Element element, String name) {
    return element.attributeNS(CAMUNDA, name);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String capitalized(String tag) {
    return Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
  }

  private static Problem problem(Element element, String reason) {
    String id = element.attribute("id");
    return new ProblemImpl((id == null ? "Modèle" : "Élément « " + id + " »") + " : " + reason + ".", element);
  }
}
