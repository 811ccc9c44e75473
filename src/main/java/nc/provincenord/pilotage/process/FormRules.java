package nc.provincenord.pilotage.process;

import java.util.Map;

/**
 * What a capability contributes to the {@link FormRegistry}: the rule of each of its forms, by
 * form id (the {@code id} of {@code forms/<id>.form}, named by {@code camunda:formRef}).
 */
public interface FormRules {

  Map<String, FormRule> byFormId();
}
