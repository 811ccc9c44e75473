package nc.provincenord.pilotage.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nc.provincenord.pilotage.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Pilotage's own pages, and who may open each (the same rules as the gate and the controllers):
 * the shared header of the pages and the welcome page's « Pilotage » section list them by role.
 */
@Component
public class PilotagePages {

  /** One page: its address (without the context path), its French name and what it is for. */
  public record PilotagePage(String href, String label, String description) {
  }

  static final PilotagePage MY_REQUESTS = new PilotagePage("/mes-demandes", "Mes demandes",
      "Où en sont les projets, publications et éléments de veille que j'ai demandés ou suivis");
  static final PilotagePage PORTFOLIO = new PilotagePage("/portefeuille", "Portefeuille",
      "Tous les projets de la DSI : étapes, santé, budgets, rapports, feuille de route, charge des équipes, risques");
  static final PilotagePage ON_CALL = new PilotagePage("/astreinte", "Astreinte",
      "Tableau d'astreinte communication et mon calendrier");
  static final PilotagePage PREFERENCES = new PilotagePage("/preferences/notifications", "Préférences de courriel",
      "Les courriels de groupe que je reçois");
  static final PilotagePage OUTBOX = new PilotagePage("/admin/notifications", "Boîte d'envoi",
      "Courriels en échec et relance (administrateurs)");
  static final PilotagePage INCIDENTS = new PilotagePage("/admin/incidents", "Incidents",
      "Étapes en échec après toutes les tentatives (administrateurs)");
  static final PilotagePage GUIDE = new PilotagePage("/guide", "Guide de Pilotage",
      "Comment faire une demande, suivre un projet, traiter une tâche");

  private static final Set<String> PORTFOLIO_READERS = Set.of(Role.PROJECT_MANAGERS.groupId(),
      Role.STEERING_COMMITTEE.groupId(), Role.ADMINISTRATORS.groupId());
  private static final Set<String> ROSTER_READERS = Set.of(Role.COMMUNICATION.groupId(), Role.ON_CALL.groupId(),
      Role.ADMINISTRATORS.groupId());

  /** The pages this user may open, in the order of the menu. */
  public List<PilotagePage> pagesFor(Authentication user) {
    List<PilotagePage> pages = new ArrayList<>();
    if (user == null || !user.isAuthenticated()) {
      return pages;
    }
    Set<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    pages.add(MY_REQUESTS);
    if (groups.stream().anyMatch(PORTFOLIO_READERS::contains)) {
      pages.add(PORTFOLIO);
    }
    if (groups.stream().anyMatch(ROSTER_READERS::contains)) {
      pages.add(ON_CALL);
    }
    pages.add(PREFERENCES);
    if (groups.contains(Role.ADMINISTRATORS.groupId())) {
      pages.add(OUTBOX);
      pages.add(INCIDENTS);
    }
    pages.add(GUIDE);
    return pages;
  }

  public static boolean isPortfolioReader(Authentication user) {
    return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(PORTFOLIO_READERS::contains);
  }
}
