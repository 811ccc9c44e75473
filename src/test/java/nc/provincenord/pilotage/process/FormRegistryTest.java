package nc.provincenord.pilotage.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class FormRegistryTest {

  @Test
  void twoCapabilitiesCannotClaimTheSameForm() {
    FormRules first = () -> Map.of("shared-form", FormRule.NOTHING_SUBMITTED);
    FormRules second = () -> Map.of("shared-form", FormRule.NOTHING_SUBMITTED);

    assertThatThrownBy(() -> FormRegistry.of(first, second)).hasMessageContaining("« shared-form »");
  }

  @Test
  void aFormWithoutRuleFailsClosed() {
    FormRegistry registry = FormRegistry.of(() -> Map.of("known", FormRule.NOTHING_SUBMITTED));

    assertThat(registry.knows("known")).isTrue();
    assertThatThrownBy(() -> registry.check("unknown", mock(DelegateExecution.class)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("« unknown »");
  }

  @Test
  void pilotageDoesNotStartWhenAShippedFormHasNoRule() {
    FormRules onlyOne = () -> Map.of("technology-watch-submit", FormRule.NOTHING_SUBMITTED);

    assertThatThrownBy(() -> new FormRegistry(List.of(onlyOne)))
        .hasMessageContaining("Formulaires sans règle de validation").hasMessageContaining("project-lifecycle-analysis");
  }
}
