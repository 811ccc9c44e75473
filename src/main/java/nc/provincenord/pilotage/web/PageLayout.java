package nc.provincenord.pilotage.web;

import java.util.List;
import nc.provincenord.pilotage.web.PilotagePages.PilotagePage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared header of Pilotage's pages shows ({@code templates/fragments/layout.html}):
 * the user's name and the pages of their roles. Offered to every template as {@code layout};
 * the name is looked up only when a page shows it.
 */
@ControllerAdvice
class PageLayout {

  private final PilotagePages pages;
  private final IdentityService identity;

  PageLayout(PilotagePages pages, IdentityService identity) {
    this.pages = pages;
    this.identity = identity;
  }

  @ModelAttribute("layout")
  View layout() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
      return new View(null, List.of(), identity);
    }
    return new View(user.getName(), pages.pagesFor(user), identity);
  }

  /** For the template: {@code layout.userName()}, {@code layout.pages()}. */
  public static final class View {

    private final String userId;
    private final List<PilotagePage> pages;
    private final IdentityService identity;

    View(String userId, List<PilotagePage> pages, IdentityService identity) {
      this.userId = userId;
      this.pages = pages;
      this.identity = identity;
    }

    public String userId() {
      return userId;
    }

    public List<PilotagePage> pages() {
      return pages;
    }

    public String userName() {
      if (userId == null) {
        return null;
      }
      User user = identity.createUserQuery().userId(userId).singleResult();
      String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
          + (user.getLastName() == null ? "" : user.getLastName())).strip();
      return name.isEmpty() ? userId : name;
    }
  }
}
