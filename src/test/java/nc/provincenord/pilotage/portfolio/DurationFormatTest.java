package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageDuration;
import org.junit.jupiter.api.Test;

/** Durations in the unit a person reads: the median of a stage of hours is no longer "0,0 j". */
class DurationFormatTest {

  @Test
  void minutesUnderAnHourHoursUnderADayDaysBeyond() {
    assertThat(Formats.duration(0)).isEqualTo("0 min");
    assertThat(Formats.duration(45 / 1440.0)).isEqualTo("45 min");
    assertThat(Formats.duration(2.0 / 24)).isEqualTo("2,0 h");
    assertThat(Formats.duration(5.5 / 24)).isEqualTo("5,5 h");
    assertThat(Formats.duration(23.9 / 24)).isEqualTo("23,9 h");
    assertThat(Formats.duration(1)).isEqualTo("1,0 j");
    assertThat(Formats.duration(12.5)).isEqualTo("12,5 j");
  }

  @Test
  void theMedianChartLabelsEachBarInItsOwnUnit() {
    var chart = Charts.medianDays(List.of(new StageDuration("ANALYSIS", "Analyse des besoins", 3.0 / 24, 2),
        new StageDuration("SPECIFICATION", "Cahier des charges", 6.0 / 24, 1),
        new StageDuration("PLANNING", "Planification", 4.0, 3)));

    assertThat(chart.title()).isEqualTo("Durée médiane par étape");
    assertThat(chart.bars()).extracting(Charts.Bar::value)
        .containsExactly("3,0 h (2 projets)", "6,0 h (1 projet)", "4,0 j (3 projets)");
    assertThat(chart.bars().get(0).width()).isLessThan(chart.bars().get(1).width());
  }
}
