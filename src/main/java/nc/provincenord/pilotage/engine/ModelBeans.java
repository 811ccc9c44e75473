package nc.provincenord.pilotage.engine;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * The Spring beans a model may name, instead of the whole application context that Camunda's
 * {@code SpringExpressionManager} exposes: Pilotage's delegates and listeners (by type) and the
 * beans marked {@link ModelHelper}. The list is drawn from the bean definitions, without creating
 * any bean, the first time an expression names one; beans are fetched when used, as Spring's
 * resolver does. A bean of the context that is not on the list is refused by name.
 */
final class ModelBeans extends ELResolver {

  static final String OWN_PACKAGE = "nc.provincenord.pilotage.";
  private static final Set<Class<?>> EXPOSED_TYPES = Set.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class);

  private final ConfigurableListableBeanFactory beanFactory;
  private volatile Set<String> names;

  ModelBeans(ConfigurableListableBeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  /** The names of the exposed beans, in alphabetical order. */
  Set<String> names() {
    Set<String> exposed = names;
    if (exposed == null) {
      Set<String> found = new TreeSet<>();
      for (String name : beanFactory.getBeanDefinitionNames()) {
        Class<?> type = beanFactory.getType(name, false);
        if (type != null && isExposed(ClassUtils.getUserClass(type))) {
          found.add(name);
        }
      }
      exposed = Set.copyOf(found);
      names = exposed;
    }
    return exposed;
  }

  private static boolean isExposed(Class<?> type) {
    if (!type.getName().startsWith(OWN_PACKAGE)) {
      return false;
    }
    return EXPOSED_TYPES.stream().anyMatch(exposed -> exposed.isAssignableFrom(type))
        || AnnotatedElementUtils.hasAnnotation(type, ModelHelper.class);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base == null && property instanceof String name) {
      if (names().contains(name)) {
        context.setPropertyResolved(true);
        return beanFactory.getBean(name);
      }
      if (beanFactory.containsBean(name)) {
        throw new ExpressionRefused("« " + name + " » n'est ni un délégué, ni un écouteur, ni une aide @ModelHelper de Pilotage");
      }
    }
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (base == null && property instanceof String name && beanFactory.containsBean(name)) {
      throw new ExpressionRefused("« " + name + " » est un bean de Pilotage, un modèle ne peut pas le remplacer");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return Object.class;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return Object.class;
  }
}
