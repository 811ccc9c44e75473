package nc.provincenord.pilotage.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

  @Test
  void editableFieldsAreTheKeyedComponentsThatAreNeitherDisabledNorReadOnly() {
    FormFields fields = parse("""
        {"id": "demo", "components": [
          {"type": "text", "text": "Titre"},
          {"type": "textfield", "key": "title", "label": "Intitulé"},
          {"type": "textfield", "key": "shown", "label": "Affiché", "disabled": true},
          {"type": "number", "key": "locked", "label": "Verrouillé", "readonly": true},
          {"type": "number", "key": "maybeLocked", "label": "Selon", "readonly": "=x > 1"},
          {"type": "textfield", "key": "address.city", "label": "Ville"},
          {"type": "group", "path": "contact", "components": [{"type": "textfield", "key": "email"}]},
          {"type": "group", "components": [{"type": "checkbox", "key": "agreed"}]},
          {"type": "group", "disabled": true, "components": [{"type": "textfield", "key": "inLockedGroup"}]},
          {"type": "dynamiclist", "path": "items", "components": [{"type": "textfield", "key": "what"}]},
          {"type": "button", "key": "submit", "action": "submit"}
        ]}""");

    assertThat(fields.formId()).isEqualTo("demo");
    assertThat(fields.editable()).containsExactlyInAnyOrder("title", "address", "contact", "agreed", "items");
    assertThat(fields.readOnlyLabels()).containsOnlyKeys("shown", "locked", "maybeLocked", "inLockedGroup");
  }

  @Test
  void theShippedValidationFormOffersOnlyTheDecisionAndTheComment() throws Exception {
    FormFields fields = FormFields.parse("x", new FileInputStream("forms/project-lifecycle-validate-moa.form"));

    assertThat(fields.formId()).isEqualTo("project-lifecycle-validate-moa");
    assertThat(fields.editable()).containsExactlyInAnyOrder(LifecycleVariables.MOA_DECISION.name(), LifecycleVariables.MOA_COMMENT.name());
    assertThat(fields.isReadOnly(LifecycleVariables.REVISION_COUNT.name())).isTrue();
    assertThat(fields.isReadOnly(LifecycleVariables.MOE_DECISION.name())).as("not on the form at all").isFalse();
  }

  private static FormFields parse(String json) {
    return FormFields.parse("fallback", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
