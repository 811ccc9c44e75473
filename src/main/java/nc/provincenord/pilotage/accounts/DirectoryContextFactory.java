package nc.provincenord.pilotage.accounts;

import java.io.IOException;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.spi.InitialContextFactory;
import javax.naming.spi.NamingManager;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;

/**
 * The JNDI context factory named in Camunda's LDAP configuration. It pools the manager's
 * connections only (each user's password check binds a connection of its own, which must not
 * stay open), and upgrades a plain {@code ldap://} connection with StartTLS before any
 * credential is sent when asked. JNDI creates it by class name, so its settings travel in the
 * context's environment under {@code pilotage.ldap.*} keys.
 */
public class DirectoryContextFactory implements InitialContextFactory {

  static final String JDK_FACTORY = "com.sun.jndi.ldap.LdapCtxFactory";
  static final String START_TLS = "pilotage.ldap.start-tls";
  static final String POOLED_PRINCIPAL = "pilotage.ldap.pooled-principal";
  private static final String POOL = "com.sun.jndi.ldap.connect.pool";

  @Override
  public Context getInitialContext(Hashtable<?, ?> environment) throws NamingException {
    Hashtable<Object, Object> env = new Hashtable<>(environment);
    boolean startTls = Boolean.parseBoolean(String.valueOf(env.remove(START_TLS)));
    Object pooledPrincipal = env.remove(POOLED_PRINCIPAL);
    env.put(Context.INITIAL_CONTEXT_FACTORY, JDK_FACTORY);
    if (startTls) {
      return startTls(env);
    }
    if (pooledPrincipal != null && pooledPrincipal.equals(env.get(Context.SECURITY_PRINCIPAL))) {
      env.put(POOL, "true");
    }
    return NamingManager.getInitialContext(env);
  }

  /** Connects without credentials, negotiates TLS, then binds over the protected connection. */
  private static Context startTls(Hashtable<Object, Object> env) throws NamingException {
    Object principal = env.remove(Context.SECURITY_PRINCIPAL);
    Object credentials = env.remove(Context.SECURITY_CREDENTIALS);
    Object authentication = env.put(Context.SECURITY_AUTHENTICATION, "none");
    env.remove("java.naming.ldap.factory.socket");
    LdapContext context = (LdapContext) NamingManager.getInitialContext(env);
    try {
      StartTlsResponse tls = (StartTlsResponse) context.extendedOperation(new StartTlsRequest());
      tls.negotiate(DirectorySocketFactory.sslFactory());
      if (principal != null) {
        context.addToEnvironment(Context.SECURITY_AUTHENTICATION, authentication == null ? "simple" : authentication);
        context.addToEnvironment(Context.SECURITY_PRINCIPAL, principal);
        context.addToEnvironment(Context.SECURITY_CREDENTIALS, credentials == null ? "" : credentials);
        // JDK LdapCtx.reconnect re-binds on the same (now encrypted) connection.
        context.reconnect(null);
      }
      return context;
    } catch (IOException | NamingException | RuntimeException failed) {
      context.close();
      if (failed instanceof NamingException naming) {
        throw naming;
      }
      NamingException wrapped = new javax.naming.CommunicationException("StartTLS a échoué : " + failed.getMessage());
      wrapped.setRootCause(failed);
      throw wrapped;
    }
  }
}
