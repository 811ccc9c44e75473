package nc.provincenord.pilotage.follow;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import nc.provincenord.pilotage.lifecycle.ProjectWithdrawal;
import nc.provincenord.pilotage.portfolio.Formats;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /mes-demandes}, for every logged-in user: only their own things, whatever their groups. */
@Controller
class MyRequestsController {

  private final MyRequestsQueries queries;
  private final ProjectWithdrawal withdrawal;
  private final Formats formats;

  MyRequestsController(MyRequestsQueries queries, ProjectWithdrawal withdrawal, Clock clock) {
    this.queries = queries;
    this.withdrawal = withdrawal;
    this.formats = new Formats(clock.getZone());
  }

  @GetMapping("/mes-demandes")
  String page(Authentication user, Model model) {
    String me = user.getName();
    model.addAttribute("projects", queries.projects(me));
    model.addAttribute("publications", queries.publications(me));
    model.addAttribute("watchItems", queries.watchItems(me));
    model.addAttribute("reasonMax", ProjectWithdrawal.REASON_MAX);
    model.addAttribute("fmt", formats);
    return "follow/my-requests";
  }

  /** The requester withdraws her project before the needs analysis (see {@link ProjectWithdrawal} for the checks). */
  @PostMapping("/mes-demandes/projets/{code}/retrait")
  String withdraw(@PathVariable String code, @RequestParam(name = "motif", required = false) String reason,
                  Authentication user, RedirectAttributes redirect, Model model, HttpServletResponse response) {
    try {
      withdrawal.withdraw(code, user.getName(), reason);
      redirect.addFlashAttribute("success", "Le projet " + code + " est retiré. Le chef de projet en est informé par courriel.");
    } catch (ProjectWithdrawal.Refused refused) {
      if (refused.forbidden()) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("message", refused.getMessage());
        return "error/403";
      }
      redirect.addFlashAttribute("error", refused.getMessage());
      redirect.addFlashAttribute("errorProject", code);
    }
    return "redirect:/mes-demandes";
  }
}
