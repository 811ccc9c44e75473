package nc.provincenord.pilotage.security;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The groups of product.md always exist; the people come from the demo world
 * or, outside it, from the administrator account given by configuration.
 */
@Component
class IdentitySetup implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityAccounts accounts;
  private final List<AccountSource> sources;

  IdentitySetup(IdentityAccounts accounts, List<AccountSource> sources) {
    this.accounts = accounts;
    this.sources = sources;
  }

  @Override
  public void afterPropertiesSet() {
    if (accounts.isReadOnly()) {
      LOG.info("Service d'identité en lecture seule (annuaire) : aucun compte ni groupe créé au démarrage");
      return;
    }
    accounts.ensureGroups();
    sources.forEach(source -> source.accounts().forEach(account -> accounts.ensureUser(account, source.skipsPasswordPolicy())));
  }

  /** Where user accounts come from at start-up. */
  interface AccountSource {

    List<IdentityAccounts.Account> accounts();

    /**
     * Whether the accounts may have a password below Camunda's policy (the demo's, which is
     * known anyway). A start-up never resets a password: one changed by its owner stays.
     */
    default boolean skipsPasswordPolicy() {
      return false;
    }

    static Optional<String> blankToEmpty(String value) {
      return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
  }
}
