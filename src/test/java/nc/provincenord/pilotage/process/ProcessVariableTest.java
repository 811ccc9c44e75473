package nc.provincenord.pilotage.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

/** The typed variants: what each writes for the engine, and what it reads back. */
class ProcessVariableTest {

  static final ProcessVariable<Date> DUE = ProcessVariable.date("due");
  static final ProcessVariable<List<String>> IDS = ProcessVariable.objectList("ids", String.class);
  static final ProcessVariable<String> SITE = ProcessVariable.text("site");

  /** A scope with a parent: local values hide the parent's of the same name. */
  private final Map<String, Object> parent = new HashMap<>();
  private final Map<String, Object> local = new HashMap<>();
  private final VariableScope scope = scope();

  private VariableScope scope() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> local.containsKey(call.<String>getArgument(0))
        ? local.get(call.<String>getArgument(0)) : parent.get(call.<String>getArgument(0)));
    when(scope.getVariableLocal(anyString())).thenAnswer(call -> local.get(call.<String>getArgument(0)));
    doAnswer(call -> parent.put(call.getArgument(0), call.getArgument(1))).when(scope).setVariable(anyString(), any());
    doAnswer(call -> local.put(call.getArgument(0), call.getArgument(1))).when(scope).setVariableLocal(anyString(), any());
    return scope;
  }

  @Test
  void shouldKeepADateAsTimersReadIt() {
    Date due = new Date(1_800_000_000_000L);
    DUE.set(scope, due);
    assertThat(parent.get("due")).isEqualTo(due);
    assertThat(DUE.get(scope)).isEqualTo(due);
  }

  @Test
  void shouldStoreAnObjectListAsJsonAndReadItBackAsAList() {
    IDS.set(scope, List.of("a-1", "a-2"));
    assertThat(parent.get("ids")).isInstanceOfSatisfying(ObjectValue.class, value -> {
      assertThat(value.getSerializationDataFormat()).isEqualTo(Variables.SerializationDataFormats.JSON.getName());
      assertThat(value.getValue()).isEqualTo(new ArrayList<>(List.of("a-1", "a-2")));
    });
    parent.put("ids", new ArrayList<>(List.of("a-1", "a-2")));
    assertThat(IDS.get(scope)).containsExactly("a-1", "a-2");
  }

  @Test
  void shouldReadAndWriteALocalVariableWithoutTouchingTheParents() {
    SITE.set(scope, "98811");
    SITE.setLocal(scope, "98812");
    assertThat(parent).containsEntry("site", "98811");
    assertThat(SITE.getLocal(scope)).isEqualTo("98812");
    assertThat(SITE.get(scope)).isEqualTo("98812");
    local.clear();
    assertThat(SITE.getLocal(scope)).isNull();
    assertThat(SITE.get(scope)).isEqualTo("98811");
  }
}
