package nc.provincenord.pilotage.portfolio;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.Map;
import nc.provincenord.pilotage.portfolio.Charts.Bar;
import nc.provincenord.pilotage.portfolio.Charts.BarChart;
import nc.provincenord.pilotage.portfolio.Charts.Legend;

/**
 * Draws a {@link BarChart} of the chart model in a PDF as vector graphics (OpenPDF): the same
 * rectangles, labels, values and legend as the page's SVG, its text extractable from the PDF.
 */
final class PdfCharts {

  static final int TITLE_HEIGHT = 18;
  static final int LEGEND_HEIGHT = 18;
  private static final float FONT_SIZE = 9;
  private static final BaseFont FONT = helvetica();

  /** The colors of {@code portfolio.css}, by class name. */
  private static final Map<String, Color> COLORS = Map.ofEntries(
      Map.entry("bar-stage", new Color(0x00558c)), Map.entry("bar-current", new Color(0xf59f00)),
      Map.entry("bar-allocated", new Color(0x8fb8d8)), Map.entry("bar-consumed", new Color(0x00558c)),
      Map.entry("bar-duration", new Color(0x6f42c1)), Map.entry("bar-planned", new Color(0xa8c7a0)),
      Map.entry("bar-accepted", new Color(0x1a7f37)), Map.entry("bar-green", new Color(0x1a7f37)),
      Map.entry("bar-amber", new Color(0xf59f00)), Map.entry("bar-red", new Color(0xb42318)),
      Map.entry("bar-none", new Color(0x9aa5b1)));
  private static final Color INK = new Color(0x1f2933);

  private PdfCharts() {
  }

  static Color color(String cssClass) {
    return COLORS.getOrDefault(cssClass, INK);
  }

  /** The chart on a template of its own size (1 px = 1 pt), title above, legend below. */
  static PdfTemplate draw(PdfContentByte canvas, BarChart chart) {
    float width = chart.width();
    float height = TITLE_HEIGHT + chart.height() + (chart.legend().isEmpty() ? 0 : LEGEND_HEIGHT);
    PdfTemplate template = canvas.createTemplate(width, height);
    text(template, chart.title(), 0, height - 12, PdfContentByte.ALIGN_LEFT, 11);
    // SVG's y runs downwards from the top of the plot; the PDF's upwards from the bottom.
    float top = height - TITLE_HEIGHT;
    int labelRight = chart.bars().isEmpty() ? Charts.LABEL_WIDTH : chart.bars().get(0).x();
    for (Bar bar : chart.bars()) {
      float baseline = top - (bar.y() + bar.barHeight() - 4);
      if (!bar.label().isEmpty()) {
        text(template, bar.label(), labelRight - 8, baseline, PdfContentByte.ALIGN_RIGHT, FONT_SIZE);
      }
      if (bar.width() > 0) {
        template.setColorFill(color(bar.cssClass()));
        template.rectangle(bar.x(), top - bar.y() - bar.barHeight(), bar.width(), bar.barHeight());
        template.fill();
      }
      if (!bar.value().isEmpty()) {
        text(template, bar.value(), bar.x() + bar.width() + 6, baseline, PdfContentByte.ALIGN_LEFT, FONT_SIZE);
      }
    }
    float x = labelRight;
    for (Legend item : chart.legend()) {
      template.setColorFill(color(item.cssClass()));
      template.rectangle(x, 4, 9, 9);
      template.fill();
      text(template, item.label(), x + 13, 5, PdfContentByte.ALIGN_LEFT, FONT_SIZE);
      x += 24 + FONT.getWidthPoint(item.label(), FONT_SIZE);
    }
    return template;
  }

  private static void text(PdfTemplate template, String text, float x, float y, int align, float size) {
    template.beginText();
    template.setColorFill(INK);
    template.setFontAndSize(FONT, size);
    template.showTextAligned(align, text, x, y, 0);
    template.endText();
  }

  private static BaseFont helvetica() {
    try {
      return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (Exception e) {
      throw new IllegalStateException("Helvetica (built into every PDF reader) is unavailable", e);
    }
  }
}
