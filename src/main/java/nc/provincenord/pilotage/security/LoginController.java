package nc.provincenord.pilotage.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.web.WebAttributes;

@Controller
class LoginController {

  /** The French reason of the last failed login: a throttled attempt says how long to wait. */
  @GetMapping(SecurityConfiguration.LOGIN_PAGE)
  String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
    if (error != null) {
      Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      model.addAttribute("loginError", last instanceof LoginThrottledException throttled
          ? throttled.getMessage() : IdentityServiceAuthenticationProvider.BAD_CREDENTIALS);
    }
    return "login";
  }
}
