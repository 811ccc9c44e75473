package nc.provincenord.pilotage.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.web.WebAttributes;

@Controller
class LoginController {

  static final String BAD_CREDENTIALS = "Identifiant ou mot de passe incorrect.";

  /** The French reason of the last failed login: the directory unreachable, a refused single sign-on. */
  @GetMapping(SecurityConfiguration.LOGIN_PAGE)
  String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
    if (error != null) {
      Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      model.addAttribute("loginError", last instanceof ShownLoginFailure shown ? shown.getMessage() : BAD_CREDENTIALS);
    }
    return "login";
  }
}
