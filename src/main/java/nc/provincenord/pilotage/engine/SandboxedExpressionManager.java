package nc.provincenord.pilotage.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.JuelExpression;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;

/**
 * The engine's expression language, sandboxed: the resolvers of Camunda's Spring expression manager
 * (variables, {@code execution}/{@code task}, lists, maps, bean properties and methods) with
 * {@link ModelBeans} instead of the whole application context, all behind {@link ExpressionSandbox}.
 * The same resolvers serve BPMN, Tasklist filters ({@code AbstractQuery#evaluateExpressions}) and
 * DMN's JUEL ({@code ProcessEngineJuelElProvider}, built from this manager by
 * {@code ProcessEngineConfigurationImpl#initDmnEngine}). Mocks ({@code MockElResolver}) are left out.
 */
final class SandboxedExpressionManager extends JuelExpressionManager {

  private final ModelBeans modelBeans;

  SandboxedExpressionManager(ModelBeans modelBeans) {
    this.modelBeans = modelBeans;
  }

  ModelBeans modelBeans() {
    return modelBeans;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolvers = new CompositeELResolver();
    resolvers.add(new VariableScopeElResolver());
    resolvers.add(new VariableContextElResolver());
    resolvers.add(modelBeans);
    resolvers.add(new ArrayELResolver());
    resolvers.add(new ListELResolver());
    resolvers.add(new MapELResolver());
    resolvers.add(new BeanELResolver());
    return new ExpressionSandbox(resolvers);
  }

  @Override
  public Expression createExpression(String expression) {
    ensureInitialized();
    return new RefusalKeepingExpression(createValueExpression(expression), this, expression);
  }

  /**
   * Camunda's {@link JuelExpression} buries any failure under "Error while evaluating expression…":
   * a refusal of the sandbox comes out as itself, with its French message alone.
   */
  private static final class RefusalKeepingExpression extends JuelExpression {

    RefusalKeepingExpression(ValueExpression valueExpression, JuelExpressionManager manager, String text) {
      super(valueExpression, manager, text);
    }

    @Override
    public Object getValue(VariableScope variableScope, BaseDelegateExecution contextExecution) {
      try {
        return super.getValue(variableScope, contextExecution);
      } catch (ProcessEngineException failure) {
        throw refusalIn(failure);
      }
    }

    @Override
    public void setValue(Object value, VariableScope variableScope, BaseDelegateExecution contextExecution) {
      try {
        super.setValue(value, variableScope, contextExecution);
      } catch (ProcessEngineException failure) {
        throw refusalIn(failure);
      }
    }

    private static ProcessEngineException refusalIn(ProcessEngineException failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof ExpressionRefused refused) {
          return refused;
        }
      }
      return failure;
    }
  }
}
