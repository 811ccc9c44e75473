package nc.provincenord.pilotage.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The end of a filter test's chain: writes the response as Camunda's REST layer would. */
public final class CamundaLikeServlet extends HttpServlet {

  /** What the servlet does with the response. */
  @FunctionalInterface
  public interface Writing {
    void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  private final transient Writing writing;

  public CamundaLikeServlet(Writing writing) {
    this.writing = writing;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    writing.write(request, response);
  }
}
