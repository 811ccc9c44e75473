package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nc.provincenord.pilotage.portfolio.Charts.Bar;
import nc.provincenord.pilotage.portfolio.Charts.BarChart;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageHealth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The chart model drawn in a PDF: its title, labels, values and legend are text of the PDF. */
class PdfChartsTest {

  @Test
  void aStackedChartOfTheModelIsDrawnWithItsLabelsValuesAndLegend() throws IOException {
    BarChart chart = Charts.stagesByHealth(List.of(new StageHealth("REALISATION", "Réalisation", 7, 3, 2, 0, 12),
        new StageHealth("PLANNING", "Planification", 0, 0, 0, 4, 4)));
    String text = text(chart);
    assertThat(text).contains("Projets actifs par étape et santé", "Réalisation 12", "Planification 4", "vert", "orange", "rouge",
        "non évaluée");
  }

  @Test
  void stackedSegmentsFollowEachOtherAndEndAtTheTotal() {
    BarChart chart = Charts.stagesByHealth(List.of(new StageHealth("REALISATION", "Réalisation", 7, 3, 2, 0, 12)));
    List<Bar> segments = chart.bars();
    assertThat(segments).hasSize(4);
    for (int i = 1; i < segments.size(); i++) {
      assertThat(segments.get(i).x()).isEqualTo(segments.get(i - 1).x() + segments.get(i - 1).width());
    }
    Bar last = segments.get(3);
    assertThat(last.x() + last.width()).as("the largest total fills the bar area").isEqualTo(Charts.LABEL_WIDTH + Charts.BAR_AREA);
    assertThat(segments.get(1).tooltip()).isEqualTo("Réalisation — orange : 3");
    assertThat(last.value()).isEqualTo("12");
  }

  @Test
  void theClosingChartShowsDurationsInDays() throws IOException {
    String text = text(Charts.daysPerStage(List.of(new PortfolioViews.Count("ANALYSIS", "Analyse", 10 * 1440),
        new PortfolioViews.Count("REALISATION", "Réalisation", 45 * 1440))));
    assertThat(text).contains("Jours passés par étape", "Analyse " + Formats.duration(10), "Réalisation " + Formats.duration(45));
  }

  private static String text(BarChart chart) throws IOException {
    byte[] pdf;
    try (PdfDocument document = new PdfDocument("Essai", true)) {
      document.title("Essai").chart(chart);
      pdf = document.bytes();
    }
    try (PDDocument parsed = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(parsed).replaceAll("\\s+", " ");
    }
  }
}
