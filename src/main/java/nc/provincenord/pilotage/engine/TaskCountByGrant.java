package nc.provincenord.pilotage.engine;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The count of a task query (Tasklist's filters count every task they show) with the same answer and
 * a form PostgreSQL can plan (issue 15). Camunda joins each task with the user's grants by
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')} and counts the distinct tasks: no hash join can
 * take that condition, so at 100 000 open tasks each visible task costs three index probes. A task is
 * counted when one grant names it, its definition's key or {@code '*'} (or, with CMMN on, when it is a
 * case task), so the count is taken over the {@code UNION ALL} of one branch per way in, each with all
 * of Camunda's text (criteria, tenants) and, in place of the join, {@code EXISTS} of a grant by that
 * member: the {@code '*'} branch is then decided once, before any task is read, and the others are
 * semi-joins PostgreSQL may start from either side. Any other text is left as Camunda wrote it.
 */
final class TaskCountByGrant implements UnaryOperator<String> {

  static final String STATEMENT = "selectTaskCountByQueryCriteria";

  /** H2 and others: {@code select count(distinct RES.ID_) from …}. */
  private static final Pattern COUNT_DISTINCT = Pattern.compile(
      "^\\s*select\\s+count\\s*\\(\\s*distinct\\s+RES\\.ID_\\s*\\)\\s*(?=from\\b)", Pattern.CASE_INSENSITIVE);
  /** PostgreSQL: {@code SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from … ) countDistinct}. */
  private static final Pattern COUNT_OF_DISTINCT = Pattern.compile(
      "^\\s*select\\s+count\\s*\\(\\s*\\*\\s*\\)\\s+from\\s*\\(\\s*select\\s+distinct\\s+RES\\.ID_\\s*(?=from\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNT_OF_DISTINCT_END = Pattern.compile("\\)\\s*countDistinct\\s*$", Pattern.CASE_INSENSITIVE);
  /** The grants' sub-select, joined {@code left} when CMMN is on (case tasks need no grant), else {@code inner}. */
  private static final Pattern GRANTS = Pattern.compile(
      "\\b(left|inner)\\s+join\\s*(?=\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+\\S*ACT_RU_AUTHORIZATION\\s+A\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern GRANT_JOIN = Pattern.compile(
      "\\s*\\bAUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  /** Where the joined grant is asked for: {@code [(RES.CASE_EXECUTION_ID_ IS NOT NULL) OR] (AUTH.RESOURCE_ID_ IS NOT NULL)}. */
  private static final Pattern GRANT_FOUND = Pattern.compile(
      "(\\(\\s*RES\\.CASE_EXECUTION_ID_\\s+IS\\s+NOT\\s+NULL\\s*\\)\\s*OR\\s*)?\\(\\s*AUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GRANT_COLUMN = Pattern.compile("\\bAUTH\\d*\\.", Pattern.CASE_INSENSITIVE);
  private static final String[] MEMBERS = {"RES.ID_", "D.KEY_", "'*'"};

  @Override
  public String apply(String sql) {
    Matcher distinct = COUNT_DISTINCT.matcher(sql);
    if (distinct.find()) {
      String branches = byGrant(sql.substring(distinct.end()));
      return branches == null ? sql : "select count(distinct RES.ID_) from (\n" + branches + "\n) RES";
    }
    Matcher ofDistinct = COUNT_OF_DISTINCT.matcher(sql);
    Matcher end = COUNT_OF_DISTINCT_END.matcher(sql);
    if (ofDistinct.find() && end.find() && end.start() > ofDistinct.end()) {
      String branches = byGrant(sql.substring(ofDistinct.end(), end.start()));
      return branches == null ? sql
          : "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ FROM (\n" + branches + "\n) RES ) countDistinct";
    }
    return sql;
  }

  /** The branches of a count's {@code from …} put together, or null where the text is not the one expected. */
  private static String byGrant(String body) {
    Matcher join = GRANTS.matcher(body);
    if (!join.find()) {
      return null;
    }
    int grantsEnd = closingBracket(body, join.end());
    if (grantsEnd < 0) {
      return null;
    }
    Matcher on = GRANT_JOIN.matcher(body).region(grantsEnd, body.length());
    if (!on.lookingAt()) {
      return null;
    }
    String grants = body.substring(join.end(), grantsEnd);
    String before = body.substring(0, join.start());
    String after = body.substring(on.end());
    Matcher found = GRANT_FOUND.matcher(after);
    if (!found.find() || GRANTS.matcher(after).find()) {
      return null;
    }
    String head = "select RES.ID_ " + before + " " + after.substring(0, found.start());
    String tail = after.substring(found.end());
    if (GRANT_COLUMN.matcher(head).find() || GRANT_COLUMN.matcher(tail).find()) {
      return null;
    }
    boolean caseTasksWithoutGrant = found.group(1) != null;
    if (caseTasksWithoutGrant && !"left".equalsIgnoreCase(join.group(1))) {
      return null; // an inner join never counted a case task without a grant: not Camunda's text, left as it is
    }
    StringBuilder branches = new StringBuilder();
    for (String member : MEMBERS) {
      String exists = "EXISTS (select 1 from " + grants + " AUTH where AUTH.RESOURCE_ID_ = " + member + ")";
      branches.append(branches.isEmpty() ? "" : "\nunion all\n").append(head).append(exists).append(tail);
    }
    if (caseTasksWithoutGrant) {
      branches.append("\nunion all\n").append(head).append("(RES.CASE_EXECUTION_ID_ IS NOT NULL)").append(tail);
    }
    return branches.toString();
  }

  /** Where the bracket opened at {@code open} closes, just past it; -1 if it does not (quoted text skipped). */
  private static int closingBracket(String text, int open) {
    if (open >= text.length() || text.charAt(open) != '(') {
      return -1;
    }
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }
}
