package nc.provincenord.pilotage.engine;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.scripting.xmltags.SqlNode;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's SQL built with less waste, the same SQL (issue 15): OGNL's read methods looked up once
 * ({@link ReadMethodOnce}) and each dynamic statement parsed once per shape ({@link ParsedOnceSqlSource});
 * and the count of a task query taken over joins PostgreSQL can plan ({@link TaskCountByGrant}).
 * MyBatis offers no setting for either, so each dynamic statement's source is swapped in place once
 * the engine has read its mappings. Should a MyBatis upgrade rename what is swapped, the engine keeps
 * MyBatis's own sources and says so in the log; {@code DynamicSqlPluginTest} fails first.
 */
@Component
class DynamicSqlPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DynamicSqlPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ReadMethodOnce.install();
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try {
      int swapped = parseOnce(mybatis);
      LOG.info("SQL dynamique du moteur : {} requêtes analysées une fois par forme", swapped);
    } catch (ReflectiveOperationException | RuntimeException failure) {
      LOG.warn("SQL dynamique du moteur laissé à MyBatis : {}", failure.toString());
    }
  }

  static int parseOnce(Configuration mybatis) throws ReflectiveOperationException {
    Field root = accessible(DynamicSqlSource.class, "rootSqlNode");
    var parsed = ParsedOnceSqlSource.newCache();
    int swapped = 0;
    for (MappedStatement statement : statements(mybatis)) {
      if (statement.getSqlSource() instanceof DynamicSqlSource dynamic) {
        UnaryOperator<String> rewrite = statement.getId().endsWith("." + TaskCountByGrant.STATEMENT)
            ? new TaskCountByGrant() : UnaryOperator.identity();
        replaceSource(statement, new ParsedOnceSqlSource(mybatis, (SqlNode) root.get(dynamic), parsed, rewrite));
        swapped++;
      }
    }
    return swapped;
  }

  /** Each statement once: MyBatis lists it under its short and its full id (and an ambiguous short id apart). */
  static Collection<MappedStatement> statements(Configuration mybatis) {
    Set<MappedStatement> statements = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object entry : mybatis.getMappedStatements()) {
      if (entry instanceof MappedStatement statement) {
        statements.add(statement);
      }
    }
    return statements;
  }

  static void replaceSource(MappedStatement statement, SqlSource source) throws ReflectiveOperationException {
    accessible(MappedStatement.class, "sqlSource").set(statement, source);
  }

  private static Field accessible(Class<?> type, String name) throws NoSuchFieldException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }
}
