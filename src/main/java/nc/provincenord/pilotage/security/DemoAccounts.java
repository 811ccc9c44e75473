package nc.provincenord.pilotage.security;

import java.util.List;
import nc.provincenord.pilotage.security.IdentityAccounts.Account;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo world of product.md: one user per group, the user id equal to the role. */
@Component
@Profile("demo")
class DemoAccounts implements IdentitySetup.AccountSource {

  private final DemoProperties properties;

  DemoAccounts(DemoProperties properties) {
    this.properties = properties;
  }

  @Override
  public List<Account> accounts() {
    return List.of(
        account("demandeur", "Marie", "Poadja", Role.REQUESTERS),
        account("cdp", "Jean-Pierre", "Goa", Role.PROJECT_MANAGERS),
        account("moa", "Sylvie", "Naouna", Role.BUSINESS_OWNERS),
        account("moe", "Thomas", "Kaouma", Role.DELIVERY),
        account("copil", "Hélène", "Tein", Role.STEERING_COMMITTEE),
        account("comm", "Léa", "Bouanou", Role.COMMUNICATION),
        account("referent", "Paul", "Wéma", Role.REFERENTS),
        account("astreinte", "Éric", "Néchero", Role.ON_CALL),
        account("concepteur", "Claire", "Dubois", Role.DESIGNERS),
        account("admin", "Administrateur", "Pilotage", Role.ADMINISTRATORS));
  }

  /** The demo's password is public knowledge (and the tests use it): the policy would add nothing. */
  @Override
  public boolean skipsPasswordPolicy() {
    return true;
  }

  private Account account(String id, String firstName, String lastName, Role role) {
    return new Account(id, properties.password(), firstName, lastName, id + "@" + properties.emailDomain(), role);
  }

  @ConfigurationProperties("pilotage.demo")
  record DemoProperties(String password, String emailDomain) {
  }
}
