package nc.provincenord.pilotage.engine;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The count of a task query (Tasklist's filters count every task they show) with the same answer and
 * a join PostgreSQL can plan (issue 15). Camunda joins each task with the user's grants by
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')} and counts the distinct tasks: no hash join
 * can take that condition, so at 100 000 open tasks each visible task costs three index probes
 * (most of a filter's 300 ms). A grant matches a task through one of the three, so the distinct tasks
 * joined by the {@code IN} are the distinct tasks of three joins, one per member, put together:
 * the count is taken over their {@code UNION ALL}, each join with all of Camunda's text (criteria,
 * grants, tenants) and only its {@code ON} changed. Any other text is left as Camunda wrote it.
 */
final class TaskCountByGrant implements UnaryOperator<String> {

  static final String STATEMENT = "selectTaskCountByQueryCriteria";

  private static final Pattern COUNT = Pattern.compile("^\\s*select\\s+count\\s*\\(\\s*distinct\\s+RES\\.ID_\\s*\\)\\s*(?=from\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GRANT_JOIN = Pattern.compile(
      "\\bAUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_GRANT_ALIAS = Pattern.compile("\\bAUTH\\d", Pattern.CASE_INSENSITIVE);

  @Override
  public String apply(String sql) {
    Matcher count = COUNT.matcher(sql);
    if (!count.find()) {
      return sql;
    }
    String body = sql.substring(count.end());
    Matcher join = GRANT_JOIN.matcher(body);
    if (!join.find()) {
      return sql;
    }
    String before = body.substring(0, join.start());
    String after = body.substring(join.end());
    if (GRANT_JOIN.matcher(after).find() || OTHER_GRANT_ALIAS.matcher(body).find()) {
      return sql;
    }
    return "select count(distinct RES.ID_) from (\n"
        + byMember(before, "RES.ID_", after) + "\nunion all\n"
        + byMember(before, "D.KEY_", after) + "\nunion all\n"
        + byMember(before, "'*'", after) + "\n) RES";
  }

  private static String byMember(String before, String member, String after) {
    return "select RES.ID_ " + before + "AUTH ON (AUTH.RESOURCE_ID_ = " + member + ")" + after;
  }
}
