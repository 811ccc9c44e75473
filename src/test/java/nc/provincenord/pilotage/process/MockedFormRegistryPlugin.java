package nc.provincenord.pilotage.process;

import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The form registry's parse listener in the engine of the process tests, which has no Spring
 * context: each test registers its registry with {@code Mocks.register(MockedFormRegistryPlugin.NAME,
 * FormRegistry.of(...))}.
 */
public class MockedFormRegistryPlugin extends FormRegistryPlugin {

  public static final String NAME = "formRegistry";

  public MockedFormRegistryPlugin() {
    super(() -> (FormRegistry) Mocks.get(NAME));
  }
}
