package nc.provincenord.pilotage.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.OperationType;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.EnumSet;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mock.env.MockEnvironment;

/**
 * LDAPS and StartTLS as Pilotage configures them (DirectoryConfiguration, then the health check's
 * manager bind through Camunda's LdapClient), against a directory that answers searches to
 * authenticated clients only, with a certificate that only the given trust store knows. Unpooled:
 * a pooled connection, once trusted, would hide the next case.
 */
class DirectoryTlsTest {

  private static final String PASSWORD = "magasin-de-test";

  @TempDir
  static Path folder;
  private static Path keyStore;
  private static InMemoryDirectoryServer directory;

  @BeforeAll
  static void start() throws Exception {
    keyStore = folder.resolve("annuaire.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "annuaire", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
        "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD).inheritIO().start();
    assertThat(keytool.waitFor()).isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD.toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keys.getKeyManagers(), null, null);

    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(LdapDirectoryTest.BASE_DN);
    config.setSchema(null);
    config.addAdditionalBindCredentials(LdapDirectoryTest.MANAGER_DN, LdapDirectoryTest.MANAGER_PASSWORD);
    config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
    InetAddress loopback = InetAddress.getLoopbackAddress();
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPSConfig("ldaps", loopback, 0, tls.getServerSocketFactory(), null),
        InMemoryListenerConfig.createLDAPConfig("ldap-starttls", loopback, 0, tls.getSocketFactory()));
    directory = new InMemoryDirectoryServer(config);
    directory.importFromLDIF(true, LdapDirectoryTest.class.getResource("/accounts/province-nord-ad.ldif").getPath());
    directory.startListening();
  }

  @AfterAll
  static void stop() {
    if (directory != null) {
      directory.shutDown(true);
    }
  }

  @AfterEach
  void jvmTrustAgain() {
    DirectorySocketFactory.trust(null, null, null);
  }

  @Test
  void ldapsWithTheGivenTrustStoreBindsTheManager() {
    assertThat(health("ldaps://localhost:" + directory.getListenPort("ldaps"), false, keyStore.toString()).getStatus())
        .isEqualTo(Status.UP);
  }

  @Test
  void ldapsRefusesACertificateThatTheTrustStoreDoesNotKnow() {
    Health health = health("ldaps://localhost:" + directory.getListenPort("ldaps"), false, null);
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("message")).isEqualTo(DirectoryHealthIndicator.DOWN);
  }

  @Test
  void startTlsUpgradesAPlainConnectionBeforeTheManagersBind() {
    String url = "ldap://localhost:" + directory.getListenPort("ldap-starttls");
    assertThat(health(url, true, keyStore.toString()).getStatus()).isEqualTo(Status.UP);
    // Without the trust store the negotiation fails: the bind above went over TLS.
    assertThat(health(url, true, null).getStatus()).isEqualTo(Status.DOWN);
  }

  private static Health health(String url, boolean startTls, String trustStore) {
    DirectoryProperties properties = new DirectoryProperties(url, LdapDirectoryTest.MANAGER_DN,
        LdapDirectoryTest.MANAGER_PASSWORD, LdapDirectoryTest.BASE_DN, "OU=Agents",
        "(&(objectClass=user)(!(objectClass=computer)))", "sAMAccountName", "givenName", "sn", "mail",
        "OU=Groupes Pilotage", "(objectClass=group)", "cn", "description", "member", startTls, trustStore,
        trustStore == null ? null : PASSWORD, "PKCS12", Duration.ofSeconds(2), Duration.ofSeconds(5), false, 4,
        Duration.ofMinutes(1), 500);
    DirectoryConfiguration configuration = new DirectoryConfiguration();
    DirectoryPlugin plugin = configuration.directoryPlugin(properties, "camunda-admin", new MockEnvironment());
    return configuration.directoryHealthIndicator(plugin).health();
  }
}
