package nc.provincenord.pilotage.portfolio;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A French A4 report built with OpenPDF (text is laid out by the library, never written
 * by hand; a title containing markup is just text in a PDF), charts drawn from the chart model
 * ({@link Charts}) as vector graphics by {@link PdfCharts}.
 */
final class PdfDocument implements AutoCloseable {

  private static final Color BLUE = new Color(0x00, 0x55, 0x8c);
  private static final Font TITLE = font(16, Font.BOLD, BLUE);
  private static final Font HEADING = font(12, Font.BOLD, BLUE);
  private static final Font BODY = font(9.5f, Font.NORMAL, Color.BLACK);
  private static final Font BOLD = font(9.5f, Font.BOLD, Color.BLACK);
  private static final Font SMALL = font(8, Font.NORMAL, Color.DARK_GRAY);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Document document;
  private final PdfWriter writer;

  PdfDocument(String title, boolean landscape) {
    document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
    writer = PdfWriter.getInstance(document, out);
    document.addTitle(title);
    document.addCreator("Pilotage — Province Nord");
    document.open();
  }

  private static Font font(float size, int style, Color color) {
    return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style, color);
  }

  PdfDocument title(String text) {
    return add(new Paragraph(text, TITLE));
  }

  PdfDocument heading(String text) {
    Paragraph paragraph = new Paragraph(text, HEADING);
    paragraph.setSpacingBefore(10);
    paragraph.setSpacingAfter(4);
    return add(paragraph);
  }

  PdfDocument text(String text) {
    return add(new Paragraph(text, BODY));
  }

  PdfDocument note(String text) {
    return add(new Paragraph(text, SMALL));
  }

  /** "Label : value" with the value in bold. */
  PdfDocument fact(String label, String value) {
    Paragraph paragraph = new Paragraph();
    paragraph.add(new Chunk(label + " : ", BODY));
    paragraph.add(new Chunk(value, BOLD));
    return add(paragraph);
  }

  /** A table; numeric-looking cells are right-aligned. */
  PdfDocument table(List<String> headers, List<List<String>> rows, float... widths) {
    PdfPTable table = widths.length > 0 ? new PdfPTable(widths) : new PdfPTable(headers.size());
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setHeaderRows(1);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
      cell.setBackgroundColor(new Color(0xe8, 0xef, 0xf6));
      table.addCell(cell);
    }
    for (List<String> row : rows) {
      for (String value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, BODY));
        if (value != null && value.matches("-?[0-9 ]+( XPF| %)?")) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
      }
    }
    document.add(table);
    return this;
  }

  /** A chart of the model, as wide as the page at most, centered. */
  PdfDocument chart(Charts.BarChart chart) {
    try {
      Image image = Image.getInstance(PdfCharts.draw(writer.getDirectContent(), chart));
      float maxWidth = document.getPageSize().getWidth() - 72;
      if (image.getWidth() > maxWidth) {
        image.scaleToFit(maxWidth, image.getHeight() * maxWidth / image.getWidth());
      }
      image.setAlignment(Element.ALIGN_CENTER);
      image.setSpacingBefore(6);
      return add(image);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  private PdfDocument add(Element element) {
    try {
      document.add(element);
      return this;
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] bytes() {
    if (document.isOpen()) {
      document.close();
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    if (document.isOpen()) {
      document.close();
    }
  }
}
