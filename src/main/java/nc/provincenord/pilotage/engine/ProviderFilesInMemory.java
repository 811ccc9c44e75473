package nc.provincenord.pilotage.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;

/**
 * Its parent in every respect, except that it reads the service files of Camunda's
 * {@link ProcessEngineProvider} once and then answers them from memory. Camunda's REST layers call
 * {@code ServiceLoader.load(ProcessEngineProvider.class)} on every request, and each call searched
 * every jar of the classpath for those files, through the thread's class loader.
 */
final class ProviderFilesInMemory extends ClassLoader {

  static final String PROVIDER_FILE = "META-INF/services/" + ProcessEngineProvider.class.getName();

  static {
    registerAsParallelCapable();
  }

  private volatile List<URL> providerFiles;

  ProviderFilesInMemory(ClassLoader parent) {
    super(parent);
  }

  /** Straight to the parent, without the per-name lock of a loader that defines classes itself. */
  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    return getParent().loadClass(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (!PROVIDER_FILE.equals(name)) {
      return super.getResources(name);
    }
    List<URL> files = providerFiles;
    if (files == null) {
      files = inMemory(super.getResources(name));
      providerFiles = files;
    }
    return Collections.enumeration(files);
  }

  /** Each file under its own address, its bytes read as ServiceLoader reads them. */
  private static List<URL> inMemory(Enumeration<URL> files) throws IOException {
    List<URL> copies = new ArrayList<>();
    for (URL file : Collections.list(files)) {
      URLConnection connection = file.openConnection();
      connection.setUseCaches(false);
      try (InputStream in = connection.getInputStream()) {
        copies.add(new URL(null, file.toExternalForm(), contents(in.readAllBytes())));
      }
    }
    return List.copyOf(copies);
  }

  private static URLStreamHandler contents(byte[] bytes) {
    return new URLStreamHandler() {
      @Override
      protected URLConnection openConnection(URL url) {
        return new URLConnection(url) {
          @Override
          public void connect() {
          }

          @Override
          public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
          }
        };
      }
    };
  }
}
