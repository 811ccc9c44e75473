package nc.provincenord.pilotage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map: each top-level package of {@code nc.provincenord.pilotage} is a module; a module
 * uses another only through its root package or a named interface, and no cycle. Any new top-level
 * package is a module too, checked the same way. Writes the map (PlantUML, module canvases) under
 * {@code target/spring-modulith-docs}.
 */
class ModuleStructureTest {

  private static final ApplicationModules MODULES = ApplicationModules.of(PilotageApplication.class);

  @Test
  void modulesUseEachOtherOnlyThroughTheirApiWithoutCycles() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleMap() {
    new Documenter(MODULES).writeDocumentation();
  }
}
