package nc.provincenord.pilotage.watch;

import java.util.Map;
import nc.provincenord.pilotage.process.FormRule;
import nc.provincenord.pilotage.process.FormRules;
import org.springframework.stereotype.Component;

/** The rules of the technology watch's forms. */
@Component
class WatchFormRules implements FormRules {

  @Override
  public Map<String, FormRule> byFormId() {
    return Map.of(
        "technology-watch-submit", WatchItemForm::submission,
        "technology-watch-evaluate", WatchItemForm::evaluation);
  }
}
