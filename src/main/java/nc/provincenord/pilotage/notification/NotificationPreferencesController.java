package nc.provincenord.pilotage.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user chooses, for each of their groups, whether they receive its group mails. */
@Controller
class NotificationPreferencesController {

  private final Directory directory;
  private final OptOutRepository optOuts;

  NotificationPreferencesController(Directory directory, OptOutRepository optOuts) {
    this.directory = directory;
    this.optOuts = optOuts;
  }

  @GetMapping("/preferences/notifications")
  String page(Authentication authentication, Model model) {
    model.addAttribute("preferences", preferences(authentication.getName()));
    return "notification/preferences";
  }

  @PostMapping("/preferences/notifications")
  String save(Authentication authentication, @RequestParam(name = "groupMails", required = false) List<String> wanted,
              RedirectAttributes redirect) {
    Set<String> kept = wanted == null ? Set.of() : Set.copyOf(wanted);
    for (Group group : directory.groups(authentication.getName())) {
      optOuts.setGroupMails(authentication.getName(), group.getId(), kept.contains(group.getId()));
    }
    redirect.addFlashAttribute("message", "Vos préférences de notification sont enregistrées.");
    return "redirect:/preferences/notifications";
  }

  @GetMapping("/api/notifications/preferences")
  @ResponseBody
  List<GroupPreference> preferencesJson(Authentication authentication) {
    return preferences(authentication.getName());
  }

  @PutMapping("/api/notifications/preferences/{groupId}")
  @ResponseBody
  GroupPreference update(Authentication authentication, @PathVariable String groupId, @RequestBody Map<String, Boolean> body) {
    Group group = directory.groups(authentication.getName()).stream().filter(g -> g.getId().equals(groupId)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Vous n'êtes pas membre du groupe « " + groupId + " »."));
    Boolean wanted = body.get("groupMails");
    if (wanted == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Indiquez « groupMails » : true ou false.");
    }
    optOuts.setGroupMails(authentication.getName(), groupId, wanted);
    return new GroupPreference(group.getId(), group.getName(), wanted);
  }

  private List<GroupPreference> preferences(String userId) {
    Set<String> optedOut = optOuts.groupsOptedOut(userId);
    return directory.groups(userId).stream()
        .map(group -> new GroupPreference(group.getId(), group.getName(), !optedOut.contains(group.getId())))
        .toList();
  }

  record GroupPreference(String groupId, String groupName, boolean groupMails) {
  }
}
