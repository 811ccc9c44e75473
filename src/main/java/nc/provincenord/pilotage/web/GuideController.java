package nc.provincenord.pilotage.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The French user guide of Pilotage, linked from the welcome page in place of Camunda's documentation. */
@Controller
class GuideController {

  @GetMapping("/guide")
  String guide() {
    return "guide";
  }
}
