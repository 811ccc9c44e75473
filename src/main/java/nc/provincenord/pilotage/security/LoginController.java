package nc.provincenord.pilotage.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

  @GetMapping(SecurityConfiguration.LOGIN_PAGE)
  String login() {
    return "login";
  }
}
