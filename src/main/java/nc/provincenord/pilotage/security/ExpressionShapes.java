package nc.provincenord.pilotage.security;

import java.util.Locale;
import java.util.Set;

/**
 * The only shapes of JUEL expression ({@code ${…}} or {@code #{…}}) that a model may carry,
 * those the shipped models use:
 * <ul>
 *   <li>a variable or bean name: {@code ${projectManager}}, {@code ${recordTrackDelegate}};</li>
 *   <li>a property of a bean: {@code ${portfolioReportSchedule.cron}}, or one of the plain
 *       properties of {@code execution} / {@code task}: {@code #{execution.processBusinessKey}};</li>
 *   <li>a method of a bean, its arguments among {@code execution}, {@code task}, variable names and
 *       literals: {@code ${projectStage.enter(execution, 'ANALYSIS')}};</li>
 *   <li>one of those compared with a literal, or negated: {@code ${projectTrack == 'MAJOR'}},
 *       {@code ${referentActionCount > 0}}, {@code ${!adoptionReached}}.</li>
 * </ul>
 * Anything else (nested calls, brackets, arithmetic, functions, methods on {@code execution},
 * {@code getClass}, engine services…) is refused. The sandboxed expression manager is the second wall.
 */
final class ExpressionShapes {

  static final String ALLOWED_SHAPES = "permis : une variable ou un bean (${nom}), bean.propriété, "
      + "bean.méthode(arguments) avec pour arguments execution, task, des noms de variables et des valeurs, "
      + "la comparaison de l'un d'eux avec une valeur (${decision == 'APPROVE'}) et la négation (${!nom})";

  /** Objects that Camunda puts in every expression's context (VariableScopeElResolver). */
  private static final Set<String> IMPLICIT_OBJECTS = Set.of("execution", "task", "caseExecution", "externalTask");

  private static final Set<String> EXECUTION_PROPERTIES = Set.of("id", "processInstanceId", "processBusinessKey",
      "businessKey", "processDefinitionId", "currentActivityId", "currentActivityName", "activityInstanceId",
      "eventName", "tenantId", "parentId");

  private static final Set<String> TASK_PROPERTIES = Set.of("id", "name", "description", "assignee", "owner",
      "taskDefinitionKey", "processInstanceId", "executionId", "processDefinitionId", "eventName", "priority",
      "dueDate", "followUpDate", "createTime", "tenantId");

  private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
      "true", "false", "null", "empty", "div", "mod", "instanceof");

  private static final Set<String> WORD_COMPARISONS = Set.of("eq", "ne", "lt", "gt", "le", "ge");

  private ExpressionShapes() {
  }

  /** True when the text holds an expression at all (what Camunda's expression manager would evaluate). */
  static boolean hasExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /**
   * Null when every expression of the text has an allowed shape; otherwise the French reason for
   * the first that has not.
   */
  static String refusal(String text) {
    int from = 0;
    while (true) {
      int dollar = text.indexOf("${", from);
      int hash = text.indexOf("#{", from);
      int start = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
      if (start < 0) {
        return null;
      }
      Reader reader = new Reader(text, start + 2);
      String reason;
      try {
        reader.expression();
        reader.expect('}');
        reason = null;
      } catch (Refused refused) {
        reason = refused.getMessage();
      }
      if (reason != null) {
        return reason;
      }
      from = reader.position;
    }
  }

  private static final class Refused extends RuntimeException {
    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  /** A reader of the one expression that starts at a position, refusing at the first token out of shape. */
  private static final class Reader {

    private final String text;
    private int position;

    Reader(String text, int position) {
      this.text = text;
      this.position = position;
    }

    void expression() {
      skipSpaces();
      if (peek() == '!' && peekAt(1) != '=') {
        position++;
        reference();
        return;
      }
      int mark = position;
      String word = identifierOrNull();
      if ("not".equals(word)) {
        reference();
        return;
      }
      position = mark;
      reference();
      skipSpaces();
      if (comparison()) {
        literal();
      }
    }

    private boolean comparison() {
      char c = peek();
      if ((c == '=' || c == '!') && peekAt(1) == '=') {
        position += 2;
        return true;
      }
      if (c == '<' || c == '>') {
        position += peekAt(1) == '=' ? 2 : 1;
        return true;
      }
      int mark = position;
      String word = identifierOrNull();
      if (word != null && WORD_COMPARISONS.contains(word)) {
        return true;
      }
      position = mark;
      return false;
    }

    private void reference() {
      String base = name();
      skipSpaces();
      if (peek() != '.') {
        return;
      }
      position++;
      String member = name();
      if (forbiddenMember(member)) {
        throw new Refused("« " + member + " » est interdit dans une expression");
      }
      skipSpaces();
      if (peek() == '(') {
        if (IMPLICIT_OBJECTS.contains(base)) {
          throw new Refused("appel de méthode sur « " + base + " » interdit");
        }
        position++;
        arguments();
      } else if (IMPLICIT_OBJECTS.contains(base) && !allowedProperty(base, member)) {
        throw new Refused("propriété « " + base + "." + member + " » interdite");
      }
      skipSpaces();
      char next = peek();
      if (next == '.' || next == '[' || next == '(') {
        throw new Refused("appels ou accès imbriqués interdits");
      }
    }

    private void arguments() {
      skipSpaces();
      if (peek() == ')') {
        position++;
        return;
      }
      while (true) {
        argument();
        skipSpaces();
        char c = next();
        if (c == ')') {
          return;
        }
        if (c != ',') {
          throw new Refused("argument non autorisé : seuls execution, task, un nom de variable ou une valeur");
        }
      }
    }

    private void argument() {
      skipSpaces();
      char c = peek();
      if (Character.isLetter(c) || c == '_') {
        int mark = position;
        String word = identifierOrNull();
        if ("true".equals(word) || "false".equals(word) || "null".equals(word)) {
          return;
        }
        position = mark;
        name();
        skipSpaces();
        if (peek() == '.' || peek() == '(' || peek() == '[') {
          throw new Refused("appels ou accès imbriqués interdits");
        }
        return;
      }
      literal();
    }

    private void literal() {
      skipSpaces();
      char c = peek();
      if (c == '\'' || c == '"') {
        string(c);
        return;
      }
      if (c == '-' && Character.isDigit(peekAt(1))) {
        position++;
        c = peek();
      }
      if (Character.isDigit(c)) {
        while (Character.isDigit(peek())) {
          position++;
        }
        if (peek() == '.' && Character.isDigit(peekAt(1))) {
          position++;
          while (Character.isDigit(peek())) {
            position++;
          }
        }
        return;
      }
      String word = identifierOrNull();
      if ("true".equals(word) || "false".equals(word) || "null".equals(word)) {
        return;
      }
      throw new Refused("une comparaison se fait avec une valeur (texte entre apostrophes, nombre, true, false)");
    }

    private void string(char quote) {
      position++;
      while (position < text.length()) {
        char c = text.charAt(position++);
        if (c == '\\') {
          position++;
        } else if (c == quote) {
          return;
        }
      }
      throw new Refused("texte non terminé");
    }

    private String name() {
      skipSpaces();
      String word = identifierOrNull();
      if (word == null || RESERVED.contains(word)) {
        throw new Refused("forme d'expression non autorisée");
      }
      return word;
    }

    private String identifierOrNull() {
      skipSpaces();
      int start = position;
      if (position < text.length() && (Character.isLetter(text.charAt(position)) || text.charAt(position) == '_')) {
        position++;
        while (position < text.length()
            && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
          position++;
        }
        return text.substring(start, position);
      }
      return null;
    }

    void expect(char expected) {
      skipSpaces();
      if (next() != expected) {
        throw new Refused("forme d'expression non autorisée");
      }
    }

    private char next() {
      char c = peek();
      position++;
      return c;
    }

    private char peek() {
      return peekAt(0);
    }

    private char peekAt(int offset) {
      int at = position + offset;
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpaces() {
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
    }
  }

  private static boolean allowedProperty(String base, String member) {
    return ("execution".equals(base) && EXECUTION_PROPERTIES.contains(member))
        || ("task".equals(base) && TASK_PROPERTIES.contains(member));
  }

  /** Members that lead out of the model's data, whatever the bean: reflection, class loading, the engine. */
  private static boolean forbiddenMember(String member) {
    String lower = member.toLowerCase(Locale.ROOT);
    return lower.contains("class") || lower.contains("engine") || lower.contains("runtime")
        || lower.endsWith("service") || lower.endsWith("services") || lower.contains("reflect")
        || Set.of("exec", "forname", "newinstance", "invoke", "exit", "halt", "load", "loadlibrary",
            "wait", "notify", "notifyall", "getdelegate", "getparent", "getsuperexecution",
            "getprocessinstance", "getexecution", "execution").contains(lower);
  }
}
