package nc.provincenord.pilotage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.security.MajorProject;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/**
 * The engine's dynamic SQL, parsed once per shape, is the SQL MyBatis would have built: while a
 * project goes through its first steps over REST (authorization checks for several users and
 * groups, task queries, history, a refused completion), every statement is built both ways and
 * compared: text, each parameter's property, types and handler, and the value it binds.
 */
class DynamicSqlPluginTest extends PilotageIntegrationTest {

  @Test
  void everyStatementBuiltOncePerShapeIsTheOneMybatisBuildsWithTheSameValues() throws Exception {
    Configuration mybatis = mybatis();
    Map<MappedStatement, SqlSource> swapped = new IdentityHashMap<>();
    AtomicInteger compared = new AtomicInteger();
    List<String> differences = Collections.synchronizedList(new ArrayList<>());
    for (MappedStatement statement : DynamicSqlPlugin.statements(mybatis)) {
      if (statement.getSqlSource() instanceof ParsedOnceSqlSource fast) {
        swapped.put(statement, fast);
        DynamicSqlPlugin.replaceSource(statement, new Compared(statement.getId(), mybatis, fast, compared, differences));
      }
    }
    try {
      firstStepsOfAProject();
    } finally {
      for (Map.Entry<MappedStatement, SqlSource> restored : swapped.entrySet()) {
        DynamicSqlPlugin.replaceSource(restored.getKey(), restored.getValue());
      }
    }

    assertThat(swapped).hasSizeGreaterThan(300);
    assertThat(differences).isEmpty();
    assertThat(compared.get()).isGreaterThan(50);
  }

  @Test
  void aTaskCountIsTakenByGrantAndCountsWhatTheListShows() throws Exception {
    MajorProject.requested(rest());
    MajorProject.atValidation(rest());
    assertThat(TaskCounts.countsMatchListsAndAreTakenByGrant(processEngine, rest())).isGreaterThan(20);
  }

  @Test
  void theSameQueryWithOtherValuesReusesItsParsedStatement() {
    ParsedOnceSqlSource taskQuery = (ParsedOnceSqlSource) mybatis()
        .getMappedStatement("selectTaskByQueryCriteria").getSqlSource();
    assertThat(rest().get("cdp", "/engine-rest/task?processInstanceId=un").status()).isEqualTo(200);
    long shapes = taskQuery.shapes();

    for (String other : List.of("deux", "trois", "quatre")) {
      assertThat(rest().get("cdp", "/engine-rest/task?processInstanceId=" + other).status()).isEqualTo(200);
    }

    assertThat(shapes).isPositive();
    assertThat(taskQuery.shapes()).isEqualTo(shapes);
  }

  @Test
  void oGnlReadsAPropertyNamedByItsMethodThroughTheRememberedLookUp() throws Exception {
    assertThat(OgnlRuntime.getPropertyAccessor(NamedByMethod.class)).isInstanceOf(ReadMethodOnce.class);

    assertThat(evaluate("query.isOrQueryActive", new NamedByMethod(true))).isTrue();
    assertThat(evaluate("query.isOrQueryActive", new NamedByMethod(false))).isFalse();
    assertThat(evaluate("query.isOrQueryActive", (TaskQueryImpl) new TaskQueryImpl().or())).isTrue();
    assertThat(evaluate("query.isWithoutTenantId", new TaskQueryImpl())).isFalse();
  }

  /** A bean OGNL has never seen, tested as Camunda's mappings test their queries. */
  public static final class NamedByMethod {
    private final boolean active;

    NamedByMethod(boolean active) {
      this.active = active;
    }

    public boolean isOrQueryActive() {
      return active;
    }
  }

  private static boolean evaluate(String test, Object query) {
    return new org.apache.ibatis.scripting.xmltags.ExpressionEvaluator().evaluateBoolean(test, Map.of("query", query));
  }

  private Configuration mybatis() {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getSqlSessionFactory().getConfiguration();
  }

  private void firstStepsOfAProject() {
    MajorProject requested = MajorProject.requested(rest());
    Response refused = rest().completeTask("moa", requested.taskId("cdp", "Task_AnalyseNeeds"), Map.of());
    assertThat(refused.status()).as(refused.text()).isEqualTo(403);
    String pi = MajorProject.atValidation(rest()).processInstanceId;
    assertThat(rest().tasks("demandeur", pi)).isEmpty();
    assertThat(rest().tasks("moa", pi)).isNotEmpty();
    for (String user : List.of("cdp", "moa", "demandeur", "admin")) {
      assertThat(rest().get(user, "/engine-rest/task?candidateGroup=moa&sortBy=created&sortOrder=desc").status()).isEqualTo(200);
      assertThat(rest().get(user, "/engine-rest/history/process-instance?processInstanceId=" + pi).status()).isEqualTo(200);
      assertThat(rest().get(user, "/engine-rest/process-definition?latestVersion=true").status()).isEqualTo(200);
      assertThat(rest().get(user, "/engine-rest/history/activity-instance?processInstanceId=" + pi).status()).isEqualTo(200);
    }
  }

  /** Builds with both and answers with Pilotage's, noting every difference. */
  private record Compared(String id, Configuration configuration, ParsedOnceSqlSource fast, AtomicInteger compared,
      List<String> differences) implements SqlSource {

    @Override
    public BoundSql getBoundSql(Object parameter) {
      BoundSql expected = id.endsWith("." + TaskCountByGrant.STATEMENT) ? fast.uncached(parameter)
          : new DynamicSqlSource(configuration, fast.root()).getBoundSql(parameter);
      BoundSql actual = fast.getBoundSql(parameter);
      compared.incrementAndGet();
      if (!expected.getSql().equals(actual.getSql())) {
        differences.add(id + " : texte différent");
      } else if (!describe(expected, parameter).equals(describe(actual, parameter))) {
        differences.add(id + " : " + describe(expected, parameter) + " ≠ " + describe(actual, parameter));
      }
      return actual;
    }

    /** Each parameter as the executor binds it (DefaultParameterHandler's order of look-ups). */
    private List<String> describe(BoundSql bound, Object parameter) {
      List<String> parameters = new ArrayList<>();
      for (ParameterMapping mapping : bound.getParameterMappings()) {
        String property = mapping.getProperty();
        Object value;
        if (bound.hasAdditionalParameter(property)) {
          value = bound.getAdditionalParameter(property);
        } else if (parameter == null) {
          value = null;
        } else if (configuration.getTypeHandlerRegistry().hasTypeHandler(parameter.getClass())) {
          value = parameter;
        } else {
          MetaObject meta = configuration.newMetaObject(parameter);
          value = meta.getValue(property);
        }
        parameters.add(property + ":" + mapping.getJavaType().getName() + ":" + mapping.getJdbcType() + ":"
            + mapping.getMode() + ":" + mapping.getTypeHandler().getClass().getName() + "=" + Objects.toString(value));
      }
      return parameters;
    }
  }
}
