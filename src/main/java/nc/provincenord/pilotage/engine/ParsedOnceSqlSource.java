package nc.provincenord.pilotage.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.scripting.xmltags.DynamicContext;
import org.apache.ibatis.scripting.xmltags.SqlNode;
import org.apache.ibatis.session.Configuration;

/**
 * A mapping's dynamic SQL as MyBatis's {@code DynamicSqlSource} builds it, with its second half done
 * once per text. MyBatis first applies the mapping's tests and loops to the parameter, which gives a
 * text with {@code #{…}} placeholders; then it parses that text into {@code ?} and one parameter
 * mapping per placeholder, looking up each property's type. On Camunda's authorization checks that
 * parse is a quarter of a task completion's CPU (issue 15), and it gives the same result every time
 * it sees the same text, parameter class and classes of the values the loops bound: those are all it
 * reads. So the first half still runs on every call, and the parsed statement is reused. The one
 * thing the key does not hold is the class of a value two steps down a bound value ({@code #{a.b.c}});
 * a statement with such a placeholder is parsed every time, as before. A statement may also have its
 * text rewritten before the parse ({@link TaskCountByGrant}), once per shape too.
 */
final class ParsedOnceSqlSource implements SqlSource {

  /** Weighed in characters, for all the engine's statements: a few hundred shapes in practice, a bound whatever comes. */
  private static final long CHARACTERS = 4_000_000;

  private final Configuration configuration;
  private final SqlNode root;
  private final Cache<Shape, Optional<SqlSource>> parsed;
  private final UnaryOperator<String> rewrite;

  ParsedOnceSqlSource(Configuration configuration, SqlNode root, Cache<Shape, Optional<SqlSource>> parsed,
                      UnaryOperator<String> rewrite) {
    this.configuration = configuration;
    this.root = root;
    this.parsed = parsed;
    this.rewrite = rewrite;
  }

  /** One for all the statements of an engine. */
  static Cache<Shape, Optional<SqlSource>> newCache() {
    return Caffeine.newBuilder().maximumWeight(CHARACTERS)
        .weigher((Shape shape, Optional<SqlSource> sql) -> shape.sql().length()).build();
  }

  @Override
  public BoundSql getBoundSql(Object parameter) {
    DynamicContext context = applied(parameter);
    Class<?> parameterType = typeOf(parameter);
    Map<String, Object> bindings = context.getBindings();
    Shape shape = new Shape(this, context.getSql(), parameterType, classesOf(bindings));
    Optional<SqlSource> kept = parsed.getIfPresent(shape);
    SqlSource statement;
    if (kept == null) {
      statement = parse(shape.sql(), parameterType, bindings);
      parsed.put(shape, reusable(statement));
    } else {
      statement = kept.orElseGet(() -> parse(shape.sql(), parameterType, bindings));
    }
    return bound(statement, parameter, bindings);
  }

  SqlNode root() {
    return root;
  }

  /** What this source builds, without its cache: MyBatis's two halves, and the rewrite between them. */
  BoundSql uncached(Object parameter) {
    DynamicContext context = applied(parameter);
    return bound(parse(context.getSql(), typeOf(parameter), context.getBindings()), parameter, context.getBindings());
  }

  /** The first half, on every call: the mapping's tests and loops applied to the parameter. */
  private DynamicContext applied(Object parameter) {
    DynamicContext context = new DynamicContext(configuration, parameter);
    root.apply(context);
    return context;
  }

  private static Class<?> typeOf(Object parameter) {
    return parameter == null ? Object.class : parameter.getClass();
  }

  private static BoundSql bound(SqlSource statement, Object parameter, Map<String, Object> bindings) {
    BoundSql bound = statement.getBoundSql(parameter);
    bindings.forEach(bound::setAdditionalParameter);
    return bound;
  }

  /** How many texts this statement has parsed and keeps. */
  long shapes() {
    return parsed.asMap().keySet().stream().filter(shape -> shape.statement() == this).count();
  }

  private SqlSource parse(String sql, Class<?> parameterType, Map<String, Object> bindings) {
    return new SqlSourceBuilder(configuration).parse(rewrite.apply(sql), parameterType, bindings);
  }

  private static Optional<SqlSource> reusable(SqlSource statement) {
    for (ParameterMapping mapping : statement.getBoundSql(null).getParameterMappings()) {
      String property = mapping.getProperty();
      if (property != null && property.indexOf('.') != property.lastIndexOf('.')) {
        return Optional.empty();
      }
    }
    return Optional.of(statement);
  }

  private static Map<String, Class<?>> classesOf(Map<String, Object> bindings) {
    Map<String, Class<?>> classes = new HashMap<>(bindings.size() * 2);
    bindings.forEach((name, value) -> classes.put(name, value == null ? null : value.getClass()));
    return classes;
  }

  /** The statement is compared by identity (a source does not override equals). */
  record Shape(SqlSource statement, String sql, Class<?> parameterType, Map<String, Class<?>> bindingClasses) {
  }
}
