package nc.provincenord.pilotage.communication.oncall;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The French page of the on-call roster: {@code /astreinte}. */
@Controller
@RequestMapping("/astreinte")
class OnCallRosterPageController {

  static final int WEEKS_SHOWN = 12;

  private final OnCallRoster roster;

  OnCallRosterPageController(OnCallRoster roster) {
    this.roster = roster;
  }

  @GetMapping
  String page(Authentication user, Model model,
              @RequestParam(name = "semaine", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate edited) {
    RosterAccess.requireRead(user);
    List<OnCallWeek> weeks = roster.weeks(roster.currentWeek(), WEEKS_SHOWN);
    model.addAttribute("weeks", weeks);
    model.addAttribute("gaps", weeks.stream().filter(OnCallWeek::gap).map(OnCallWeek::weekStart).map(OnCallRoster::french).toList());
    model.addAttribute("canEdit", RosterAccess.canEdit(user));
    model.addAttribute("currentWeek", roster.currentWeek());
    if (!model.containsAttribute("formWeek")) {
      LocalDate week = edited == null ? roster.currentWeek() : OnCallRoster.weekOf(edited);
      OnCallWeek existing = roster.weeks(week, 1).get(0);
      model.addAttribute("formWeek", week);
      model.addAttribute("formOnDuty", existing.onDutyUser());
      model.addAttribute("formBackup", existing.backupUser());
    }
    return "astreinte";
  }

  @PostMapping
  String save(Authentication user,
              @RequestParam(name = "semaine", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
              @RequestParam(name = "astreinte", required = false) String onDuty,
              @RequestParam(name = "suppleant", required = false) String backup,
              RedirectAttributes redirect) {
    RosterAccess.requireEdit(user);
    try {
      OnCallWeek saved = roster.save(week, onDuty, backup, user.getName());
      redirect.addFlashAttribute("success", "Semaine du " + OnCallRoster.french(saved.weekStart()) + " enregistrée.");
    } catch (OnCallRosterException refused) {
      redirect.addFlashAttribute("errors", refused.errors());
      redirect.addFlashAttribute("formWeek", week);
      redirect.addFlashAttribute("formOnDuty", onDuty);
      redirect.addFlashAttribute("formBackup", backup);
    }
    return "redirect:/astreinte";
  }
}
