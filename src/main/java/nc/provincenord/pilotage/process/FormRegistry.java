package nc.provincenord.pilotage.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The one place that knows the server-side rule of every form, start forms included. Each
 * capability contributes its rules ({@link FormRules}); {@link FormRegistryPlugin} runs the rule of a
 * task's or a start event's {@code camunda:formRef} when the form is submitted. Pilotage does not
 * start if a shipped form has no rule, if a rule names no shipped form, or if two capabilities claim
 * the same form; a model whose form has no rule is refused at deployment.
 */
@Component
public class FormRegistry {

  private static final String SHIPPED_FORMS = "classpath*:forms/*.form";

  private final Map<String, FormRule> rules;

  @Autowired
  FormRegistry(List<FormRules> contributions) {
    this(contributions, true);
  }

  private FormRegistry(Collection<FormRules> contributions, boolean shippedFormsOnly) {
    Map<String, FormRule> all = new TreeMap<>();
    for (FormRules contribution : contributions) {
      contribution.byFormId().forEach((formId, rule) -> {
        if (all.putIfAbsent(formId, rule) != null) {
          throw new IllegalStateException("Deux règles de validation pour le formulaire « " + formId + " »");
        }
      });
    }
    this.rules = Map.copyOf(all);
    if (shippedFormsOnly) {
      requireOneRulePerShippedForm();
    }
  }

  /** A registry of the given rules only, for the tests of one process. */
  public static FormRegistry of(FormRules... contributions) {
    return new FormRegistry(List.of(contributions), false);
  }

  public boolean knows(String formId) {
    return rules.containsKey(formId);
  }

  public Set<String> formIds() {
    return rules.keySet();
  }

  /**
   * Runs the rule of the form. A form without a rule fails closed: the step is refused rather
   * than taken unchecked (deployment normally refuses such a model first).
   */
  public void check(String formId, DelegateExecution execution) {
    FormRule rule = Optional.ofNullable(rules.get(formId)).orElseThrow(() -> new ProcessEngineException(
        "Aucune règle de validation côté serveur pour le formulaire « " + formId + " » : étape refusée."));
    rule.check(execution);
  }

  private void requireOneRulePerShippedForm() {
    Set<String> shipped = shippedFormIds();
    Set<String> withoutRule = new TreeSet<>(shipped);
    withoutRule.removeAll(rules.keySet());
    Set<String> withoutForm = new TreeSet<>(rules.keySet());
    withoutForm.removeAll(shipped);
    if (!withoutRule.isEmpty() || !withoutForm.isEmpty()) {
      throw new IllegalStateException("Formulaires sans règle de validation : " + withoutRule
          + " ; règles sans formulaire dans forms/ : " + withoutForm);
    }
  }

  private static Set<String> shippedFormIds() {
    Set<String> ids = new TreeSet<>();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources(SHIPPED_FORMS)) {
        String name = form.getFilename();
        ids.add(name.substring(0, name.length() - ".form".length()));
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return ids;
  }
}
