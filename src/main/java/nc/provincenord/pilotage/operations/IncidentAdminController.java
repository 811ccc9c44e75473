package nc.provincenord.pilotage.operations;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * « Incidents » for administrators: the steps that failed after every retry, with the French message
 * Cockpit shows too. Only {@code camunda-admin} reaches it: the gate closes {@code /admin/**} to everyone else.
 */
@Controller
class IncidentAdminController {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final OpenIncidents incidents;
  private final ZoneId zone;

  IncidentAdminController(OpenIncidents incidents, Clock clock) {
    this.incidents = incidents;
    this.zone = clock.getZone();
  }

  @GetMapping("/admin/incidents")
  String page(Model model) {
    model.addAttribute("incidents", incidents.list(zone));
    model.addAttribute("count", incidents.count());
    model.addAttribute("shown", OpenIncidents.SHOWN);
    model.addAttribute("format", SHOWN);
    return "operations/incidents";
  }
}
