package nc.provincenord.pilotage.security;

import java.util.regex.Pattern;

/**
 * The only expressions a stored Tasklist filter may hold, in exactly these forms: the current
 * user, the current user's groups, now, and a date computed from now with Joda-Time's
 * {@code dateTime()} (the functions Camunda registers in {@code ProcessEngineConfigurationImpl
 * #initExpressionManager}: {@code CommandContextFunctions} and {@code DateTimeFunctions}), e.g.
 * {@code ${dateTime().plusDays(2).withTimeAtStartOfDay().toDate()}}. Spaces inside the braces are
 * tolerated, as Tasklist's own examples write {@code ${ now() }}.
 */
public final class TasklistExpressions {

  private static final String SHIFT = "\\.(?:plus|minus)(?:Years|Months|Weeks|Days|Hours|Minutes)\\(\\s*\\d{1,4}\\s*\\)";
  private static final String DATE = "(?:now\\(\\)|dateTime\\(\\)(?:" + SHIFT + "|\\.withTimeAtStartOfDay\\(\\))*(?:\\.toDate\\(\\))?)";
  private static final Pattern ALLOWED = Pattern.compile(
      "\\$\\{\\s*(?:currentUser\\(\\)|currentUserGroups\\(\\)|" + DATE + ")\\s*}");

  /** What the French messages show as the permitted forms. */
  public static final String PERMITTED = "${currentUser()}, ${currentUserGroups()}, ${now()}, ${dateTime()} "
      + "(éventuellement suivi de .plusDays(n), .minusWeeks(n)…, .withTimeAtStartOfDay(), .toDate())";

  private TasklistExpressions() {
  }

  public static boolean isAllowed(Object expression) {
    return expression instanceof String text && ALLOWED.matcher(text).matches();
  }
}
