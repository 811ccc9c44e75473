package nc.provincenord.pilotage.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Comparator;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS sockets (LDAPS and StartTLS) that trust the certificates of {@code PILOTAGE_LDAP_TRUST_STORE},
 * or the JVM's own when none is given. JNDI instantiates it by class name through
 * {@code getDefault()}, hence the one static trust configuration, set at start-up. It is a
 * {@link Comparator} because JNDI pools connections of a custom socket factory only then.
 */
public class DirectorySocketFactory extends SSLSocketFactory implements Comparator<Object> {

  private static volatile SSLSocketFactory delegate = (SSLSocketFactory) SSLSocketFactory.getDefault();

  static void trust(String trustStore, String password, String type) {
    if (DirectoryProperties.isBlank(trustStore)) {
      delegate = (SSLSocketFactory) SSLSocketFactory.getDefault();
      return;
    }
    try (InputStream in = Files.newInputStream(Path.of(trustStore))) {
      KeyStore store = KeyStore.getInstance(DirectoryProperties.isBlank(type) ? KeyStore.getDefaultType() : type);
      store.load(in, password == null ? null : password.toCharArray());
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      delegate = context.getSocketFactory();
    } catch (IOException | GeneralSecurityException unreadable) {
      throw new IllegalStateException("Pilotage ne peut pas démarrer : le magasin de certificats de l'annuaire "
          + "(PILOTAGE_LDAP_TRUST_STORE=" + trustStore + ") est illisible : " + unreadable.getMessage(), unreadable);
    }
  }

  static SSLSocketFactory sslFactory() {
    return delegate;
  }

  /** Called by JNDI. */
  public static SocketFactory getDefault() {
    return new DirectorySocketFactory();
  }

  @Override
  public int compare(Object first, Object second) {
    return first.getClass().getName().compareTo(second.getClass().getName());
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return delegate.getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return delegate.getSupportedCipherSuites();
  }

  @Override
  public Socket createSocket() throws IOException {
    return delegate.createSocket();
  }

  @Override
  public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
    return delegate.createSocket(socket, host, port, autoClose);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return delegate.createSocket(host, port);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return delegate.createSocket(host, port, localHost, localPort);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return delegate.createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    return delegate.createSocket(address, port, localAddress, localPort);
  }
}
