package nc.provincenord.pilotage.watch;

import static nc.provincenord.pilotage.watch.WatchVariables.DOMAIN;
import static nc.provincenord.pilotage.watch.WatchVariables.INITIATOR;
import static nc.provincenord.pilotage.watch.WatchVariables.RELEVANCE;
import static nc.provincenord.pilotage.watch.WatchVariables.SOURCE_URL;
import static nc.provincenord.pilotage.watch.WatchVariables.SUMMARY;
import static nc.provincenord.pilotage.watch.WatchVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class RecordWatchItemDelegate implements JavaDelegate {

  private final WatchItemRepository repository;

  RecordWatchItemDelegate(WatchItemRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WatchItem item = new WatchItem(TITLE.get(execution), SUMMARY.get(execution), SOURCE_URL.get(execution),
        WatchDomain.valueOf(DOMAIN.get(execution)), RELEVANCE.get(execution));
    repository.insert(execution.getProcessInstanceId(), item, INITIATOR.get(execution));
  }
}
