package nc.provincenord.pilotage.communication.oncall;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nc.provincenord.pilotage.calendar.IcsCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
  static final int CALENDAR_WEEKS_BACK = 4;
  static final int CALENDAR_WEEKS = 56;

  private final OnCallRoster roster;
  private final Clock clock;

  OnCallRosterPageController(OnCallRoster roster, Clock clock) {
    this.roster = roster;
    this.clock = clock;
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

  /**
   * The logged-in agent's own weeks (on duty or backup) as an iCalendar file, from four weeks
   * back to a year ahead: each week from Monday 00:00 to the next Monday 00:00, Nouméa time.
   */
  @GetMapping(value = "/calendrier.ics")
  ResponseEntity<byte[]> calendar(Authentication user) {
    RosterAccess.requireRead(user);
    String agent = user.getName();
    ZoneId zone = clock.getZone();
    IcsCalendar calendar = IcsCalendar.publish("Astreinte communication — " + agent, zone);
    for (OnCallWeek week : roster.weeks(roster.currentWeek().minusWeeks(CALENDAR_WEEKS_BACK), CALENDAR_WEEKS)) {
      boolean onDuty = agent.equals(week.onDutyUser());
      boolean backup = agent.equals(week.backupUser());
      if (onDuty || backup) {
        ZonedDateTime start = week.weekStart().atStartOfDay(zone);
        String partner = onDuty ? week.backupUser() : week.onDutyUser();
        calendar.add(new IcsCalendar.Event("astreinte-" + week.weekStart() + "-" + agent + "@pilotage.province-nord.nc",
            start, start.plusWeeks(1), onDuty ? "Astreinte communication" : "Suppléance de l'astreinte communication",
            null, onDuty ? "Vous êtes d'astreinte" + (partner == null ? " (pas de suppléant)." : " ; suppléant : " + partner + ".")
                : "Vous suppléez " + (partner == null ? "l'agent d'astreinte" : partner) + ".",
            null));
      }
    }
    return calendar.download("astreinte-" + agent + ".ics", clock.instant());
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
