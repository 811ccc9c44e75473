package nc.provincenord.pilotage.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;

/**
 * OGNL's access to a bean's property, as MyBatis evaluates the tests of Camunda's mappings, with one
 * lookup remembered. Some mappings name a property by its method ({@code query.isOrQueryActive},
 * {@code query.isWithoutTenantId}): OGNL finds no {@code getIsOrQueryActive}, remembers that, and
 * then scans every method of the class (hundreds on {@code TaskQueryImpl}, each name lower-cased)
 * on every evaluation, without remembering what it found: 40 % of a task query's CPU (issue 15).
 * The method found for a class and a name never changes, so it is looked up once; what is read,
 * the access check and the fall-back to a field are OGNL's own, in OGNL's order.
 */
final class ReadMethodOnce extends ObjectPropertyAccessor {

  private final ClassValue<Map<String, Optional<Method>>> readMethods = new ClassValue<>() {
    @Override
    protected Map<String, Optional<Method>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  /**
   * For every bean OGNL reads without an accessor of its own (maps, lists and MyBatis's context keep
   * theirs). OGNL keeps the accessor it found for each class: set before the engine's first statement.
   */
  static void install() {
    OgnlRuntime.setPropertyAccessor(Object.class, new ReadMethodOnce());
  }

  @Override
  public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
    if (target == null || OgnlRuntime.getGetMethod(target.getClass(), name) != null) {
      return super.getPossibleProperty(context, target, name);
    }
    try {
      Method read = readMethod(target.getClass(), name);
      Object result = OgnlRuntime.NotFound;
      if (read != null && context.getMemberAccess().isAccessible(context, target, read, name)) {
        result = OgnlRuntime.invokeMethod(target, read, OgnlRuntime.NoArguments);
      }
      return result == OgnlRuntime.NotFound ? OgnlRuntime.getFieldValue(context, target, name, true) : result;
    } catch (InvocationTargetException failure) {
      throw new OgnlException(name, failure.getTargetException());
    } catch (RuntimeException | ReflectiveOperationException failure) {
      throw new OgnlException(name, failure);
    }
  }

  Method readMethod(Class<?> type, String name) {
    return readMethods.get(type)
        .computeIfAbsent(name, property -> Optional.ofNullable(OgnlRuntime.getReadMethod(type, property, null)))
        .orElse(null);
  }
}
