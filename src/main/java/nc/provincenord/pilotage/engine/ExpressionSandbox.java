package nc.provincenord.pilotage.engine;

import java.beans.FeatureDescriptor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Wraps the resolvers of the engine's expression language: every property read and method call
 * is checked before it runs (the target, the name) and after (the result). What it refuses: class
 * objects, class loaders, reflection, the runtime and processes, threads, files, the network,
 * JDBC, scripting and naming, the process engine and its services, its configuration and command
 * context, the Spring application context and bean factories, Spring AOP internals. Every
 * expression goes through one of JUEL's resolvers ({@code AstProperty}, {@code AstMethod},
 * {@code AstIdentifier} call {@code ELContext#getELResolver()}), so nothing passes around it.
 */
final class ExpressionSandbox extends ELResolver {

  private static final Set<String> FORBIDDEN_METHODS = Set.of(
      "getClass", "getClassLoader", "getContextClassLoader", "forName", "newInstance", "invoke", "exec",
      "getRuntime", "exit", "halt", "load", "loadLibrary", "setAccessible", "getDeclaredMethod",
      "getDeclaredMethods", "getMethod", "getMethods", "getDeclaredField", "getDeclaredFields", "getField",
      "getFields", "getDeclaredConstructor", "getDeclaredConstructors", "getConstructor", "getConstructors",
      "getProcessEngineServices", "getProcessEngine", "getProcessEngineConfiguration", "getApplicationContext",
      "getBeanFactory", "getAutowireCapableBeanFactory", "getTargetSource", "getAdvisors", "getDataSource",
      "getConnection", "wait", "notify", "notifyAll", "mapTo");

  private static final Set<String> FORBIDDEN_PROPERTIES = Set.of(
      "class", "classLoader", "contextClassLoader", "runtime", "processEngineServices", "processEngine",
      "processEngineConfiguration", "applicationContext", "beanFactory", "autowireCapableBeanFactory",
      "targetSource", "advisors", "dataSource", "connection", "declaringClass", "module");

  /** Packages and types (by name prefix) that no expression may touch or obtain. */
  private static final List<String> FORBIDDEN_PREFIXES = List.of(
      "java.lang.Class", "java.lang.ClassLoader", "java.lang.Module", "java.lang.ModuleLayer", "java.lang.Runtime",
      "java.lang.ProcessBuilder", "java.lang.Process", "java.lang.System", "java.lang.Thread", "java.lang.StackWalker",
      "java.lang.SecurityManager", "java.lang.reflect.", "java.lang.invoke.", "java.lang.ref.",
      "java.io.File", "java.io.RandomAccessFile", "java.io.ObjectInputStream", "java.io.ObjectOutputStream",
      "java.nio.file.", "java.nio.channels.", "java.net.", "java.sql.", "javax.sql.", "javax.script.", "javax.naming.",
      "javax.management.", "java.rmi.", "java.util.concurrent.Executor", "java.util.ServiceLoader",
      "sun.", "jdk.", "com.sun.",
      "org.camunda.bpm.engine.ProcessEngine", "org.camunda.bpm.engine.impl.cfg.",
      "org.camunda.bpm.engine.impl.interceptor.CommandContext", "org.camunda.bpm.engine.impl.interceptor.CommandExecutor",
      "org.camunda.bpm.engine.impl.interceptor.CommandInterceptor", "org.camunda.bpm.engine.impl.interceptor.Session",
      "org.camunda.bpm.engine.impl.db.entitymanager.", "org.camunda.bpm.engine.impl.db.sql.",
      "org.camunda.bpm.engine.impl.db.PersistenceSession", "org.camunda.bpm.engine.impl.scripting.",
      "org.camunda.bpm.engine.impl.jobexecutor.JobExecutor", "org.camunda.bpm.container.",
      "org.camunda.bpm.engine.spring.", "org.apache.ibatis.",
      "org.springframework.context.", "org.springframework.beans.factory.", "org.springframework.aop.",
      "org.springframework.jdbc.", "org.springframework.core.env.", "org.springframework.core.io.",
      "org.springframework.transaction.", "org.springframework.web.");

  /** The engine's services: {@code org.camunda.bpm.engine.RuntimeService}, {@code IdentityService}, … */
  private static final Pattern ENGINE_SERVICE = Pattern.compile("org\\.camunda\\.bpm\\.engine\\.[A-Z]\\w*Service");

  /**
   * What Spring adds to a proxied bean (a {@code @Transactional} delegate): the bean stays callable,
   * the proxy's own interfaces (which hand out the target and the advice chain) do not.
   */
  private static final List<Class<?>> PROXY_INTERFACES = List.of(org.springframework.aop.SpringProxy.class,
      org.springframework.aop.framework.Advised.class, org.springframework.aop.TargetClassAware.class,
      org.springframework.cglib.proxy.Factory.class, org.springframework.core.DecoratingProxy.class);

  private static final Set<String> PROXY_METHODS = PROXY_INTERFACES.stream()
      .flatMap(type -> java.util.Arrays.stream(type.getMethods()))
      .map(java.lang.reflect.Method::getName)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> PROXY_PROPERTIES = PROXY_METHODS.stream()
      .filter(name -> name.matches("(get|is)[A-Z].*"))
      .map(name -> java.beans.Introspector.decapitalize(name.substring(name.startsWith("is") ? 2 : 3)))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final ClassValue<Boolean> FORBIDDEN = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return reachesForbiddenType(type);
    }
  };

  private final ELResolver resolvers;

  ExpressionSandbox(ELResolver resolvers) {
    this.resolvers = resolvers;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null) {
      checkTarget(base, property);
      if (property instanceof String name && (FORBIDDEN_PROPERTIES.contains(name)
          || base instanceof org.springframework.aop.SpringProxy && PROXY_PROPERTIES.contains(name))) {
        throw new ExpressionRefused("la propriété « " + name + " » n'est pas accessible dans un modèle");
      }
    }
    Object value = resolvers.getValue(context, base, property);
    checkResult(value, property);
    return value;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    checkTarget(base, method);
    if (method != null && (FORBIDDEN_METHODS.contains(method.toString())
        || base instanceof org.springframework.aop.SpringProxy && PROXY_METHODS.contains(method.toString()))) {
      throw new ExpressionRefused("l'appel « " + method + "() » n'est pas permis dans un modèle");
    }
    Object result = resolvers.invoke(context, base, method, paramTypes, params);
    checkResult(result, method);
    return result;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    checkTarget(base, property);
    return resolvers.getType(context, base, property);
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    checkTarget(base, property);
    checkResult(value, property);
    resolvers.setValue(context, base, property, value);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    checkTarget(base, property);
    return resolvers.isReadOnly(context, base, property);
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return resolvers.getFeatureDescriptors(context, base);
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return resolvers.getCommonPropertyType(context, base);
  }

  private static void checkTarget(Object base, Object member) {
    if (base != null && isForbidden(base)) {
      throw new ExpressionRefused("« " + member + " » sur " + describe(base) + " n'est pas permis dans un modèle");
    }
  }

  private static void checkResult(Object value, Object member) {
    if (value != null && isForbidden(value)) {
      throw new ExpressionRefused("« " + member + " » donne accès à " + describe(value) + ", hors de portée des modèles");
    }
  }

  static boolean isForbidden(Object value) {
    return value instanceof Class<?> || FORBIDDEN.get(value.getClass());
  }

  private static String describe(Object value) {
    return value instanceof Class<?> ? "java.lang.Class" : value.getClass().getName();
  }

  private static boolean reachesForbiddenType(Class<?> type) {
    Deque<Class<?>> pending = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      Class<?> current = pending.poll();
      if (!seen.add(current)) {
        continue;
      }
      if (current.isArray()) {
        pending.add(current.getComponentType());
        continue;
      }
      String name = current.getName();
      if (ENGINE_SERVICE.matcher(name).matches() || FORBIDDEN_PREFIXES.stream().anyMatch(name::startsWith)) {
        return true;
      }
      if (current.getSuperclass() != null) {
        pending.add(current.getSuperclass());
      }
      for (Class<?> implemented : current.getInterfaces()) {
        if (!PROXY_INTERFACES.contains(implemented)) {
          pending.add(implemented);
        }
      }
    }
    return false;
  }
}
