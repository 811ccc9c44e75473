package nc.provincenord.pilotage.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * An expression that runs an OS command writing a file, and waits for it: under Camunda's stock
 * {@code SpringExpressionManager} it works (see {@code ExpressionSandboxTest}), so a test that finds
 * no file afterwards shows that the guard, not luck, stopped it.
 */
record CommandPayload(Path file) {

  static CommandPayload create() {
    return new CommandPayload(Path.of(System.getProperty("java.io.tmpdir"), "pilotage-expr-" + UUID.randomUUID()));
  }

  String expression() {
    return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
        + ".exec('touch " + file + "').waitFor()}";
  }

  boolean ran() {
    return Files.exists(file);
  }
}
