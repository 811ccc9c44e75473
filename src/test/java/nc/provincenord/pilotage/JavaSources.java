package nc.provincenord.pilotage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Java files of main or tests, read as text by the tests that guard how the code is written. */
final class JavaSources {

  private JavaSources() {
  }

  /** The file's path from the application's package, with forward slashes ("lifecycle/Foo.java"). */
  static String relative(Path root, Path file) {
    return root.resolve("nc/provincenord/pilotage").relativize(file).toString().replace('\\', '/');
  }

  static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
