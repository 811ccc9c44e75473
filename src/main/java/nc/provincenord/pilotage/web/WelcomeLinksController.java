package nc.provincenord.pilotage.web;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pages of the logged-in user's roles, for the « Pilotage » section of Camunda's welcome page
 * (pilotage-webapp.js). The guide is not among them there: the welcome page's own links
 * (welcome/scripts/config.js) already show it, in place of Camunda's documentation.
 */
@RestController
class WelcomeLinksController {

  private final PilotagePages pages;

  WelcomeLinksController(PilotagePages pages) {
    this.pages = pages;
  }

  @GetMapping("/api/accueil/pages")
  List<Map<String, String>> pages(Authentication user) {
    return pages.pagesFor(user).stream().filter(page -> page != PilotagePages.GUIDE)
        .map(page -> Map.of("href", page.href(), "label", page.label(), "description", page.description())).toList();
  }
}
