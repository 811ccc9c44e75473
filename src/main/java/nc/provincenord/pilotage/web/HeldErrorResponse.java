package nc.provincenord.pilotage.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;

/**
 * A response that a filter may still replace if it fails: a body written while the status is below
 * 400 goes straight to the client; a body written under an error status is held in memory until
 * {@link #release()}, so that the filter can {@code resetBuffer()} it and write its own answer instead.
 *
 * <p>Content-Length is kept back until the body starts, because Jersey sets it before the status. A held
 * body is sent with the length of what it finally holds, as Spring's {@code ContentCachingResponseWrapper} did.
 */
public final class HeldErrorResponse extends HttpServletResponseWrapper {

  private static final String CONTENT_LENGTH = "Content-Length";

  private enum Body { NOT_STARTED, STREAMED, HELD }

  private Body body = Body.NOT_STARTED;
  private Long contentLength;
  private ByteArrayOutputStream held;
  private ServletOutputStream heldStream;
  private PrintWriter heldWriter;

  public HeldErrorResponse(HttpServletResponse response) {
    super(response);
  }

  /** Sends what is held, with its length; a streamed body is already on its way. */
  public void release() throws IOException {
    HttpServletResponse raw = (HttpServletResponse) getResponse();
    if (body == Body.HELD && heldBytes() > 0) {
      if (!raw.isCommitted() && raw.getHeader("Transfer-Encoding") == null) {
        raw.setContentLength(held.size());
      }
      held.writeTo(raw.getOutputStream());
      held.reset();
      raw.flushBuffer();
    } else if (body != Body.STREAMED) {
      passContentLength(raw);
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    return start() == Body.HELD ? heldStream() : super.getOutputStream();
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (start() != Body.HELD) {
      return super.getWriter();
    }
    if (heldWriter == null) {
      heldWriter = new PrintWriter(new OutputStreamWriter(heldStream(), getCharacterEncoding()));
    }
    return heldWriter;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (start() != Body.HELD) {
      super.flushBuffer();
    }
  }

  @Override
  public void resetBuffer() {
    if (body == Body.HELD) {
      discardHeld();
    } else {
      super.resetBuffer();
    }
  }

  @Override
  public void reset() {
    if (body == Body.HELD) {
      discardHeld();
    }
    contentLength = null;
    super.reset();
  }

  @Override
  public void sendError(int status) throws IOException {
    releaseBeforeContainer();
    try {
      super.sendError(status);
    } catch (IllegalStateException committed) {
      super.setStatus(status);
    }
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    releaseBeforeContainer();
    try {
      super.sendError(status, message);
    } catch (IllegalStateException committed) {
      super.setStatus(status);
    }
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    releaseBeforeContainer();
    super.sendRedirect(location);
  }

  @Override
  public void setContentLength(int length) {
    setContentLengthLong(length);
  }

  @Override
  public void setContentLengthLong(long length) {
    if (body == Body.STREAMED) {
      super.setContentLengthLong(length);
    } else {
      contentLength = length;
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!keptAsLength(name, value)) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!keptAsLength(name, value)) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (!keptAsLength(name, Integer.toString(value))) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (!keptAsLength(name, Integer.toString(value))) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public boolean containsHeader(String name) {
    return keptLength(name) ? contentLength != null : super.containsHeader(name);
  }

  @Override
  public String getHeader(String name) {
    return keptLength(name) ? (contentLength == null ? null : contentLength.toString()) : super.getHeader(name);
  }

  @Override
  public Collection<String> getHeaders(String name) {
    return keptLength(name) ? (contentLength == null ? List.of() : List.of(contentLength.toString())) : super.getHeaders(name);
  }

  private boolean keptLength(String name) {
    return CONTENT_LENGTH.equalsIgnoreCase(name) && body != Body.STREAMED;
  }

  private boolean keptAsLength(String name, String value) {
    if (!keptLength(name)) {
      return false;
    }
    contentLength = value == null ? null : Long.valueOf(value);
    return true;
  }

  /** The first write decides, on the status set by then: an error is held, anything else streams. */
  private Body start() {
    if (body == Body.NOT_STARTED) {
      if (getStatus() >= HttpServletResponse.SC_BAD_REQUEST) {
        body = Body.HELD;
        held = new ByteArrayOutputStream(1024);
      } else {
        body = Body.STREAMED;
        passContentLength((HttpServletResponse) getResponse());
      }
    }
    return body;
  }

  private void passContentLength(HttpServletResponse raw) {
    if (contentLength != null && !raw.isCommitted()) {
      raw.setContentLengthLong(contentLength);
    }
    contentLength = null;
  }

  /** sendError and sendRedirect hand the response to the container: what is held goes first, as before. */
  private void releaseBeforeContainer() throws IOException {
    if (body == Body.STREAMED) {
      return;
    }
    HttpServletResponse raw = (HttpServletResponse) getResponse();
    passContentLength(raw);
    if (body == Body.HELD && heldBytes() > 0) {
      held.writeTo(raw.getOutputStream());
      held.reset();
    }
    body = Body.STREAMED;
  }

  private void discardHeld() {
    heldBytes();
    held.reset();
  }

  /** What is held so far, the writer's pending characters included. */
  private int heldBytes() {
    if (heldWriter != null) {
      heldWriter.flush();
    }
    return held.size();
  }

  private ServletOutputStream heldStream() {
    if (heldStream == null) {
      heldStream = new ServletOutputStream() {
        @Override
        public void write(int b) {
          held.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
          held.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("écriture asynchrone non prise en charge");
        }
      };
    }
    return heldStream;
  }
}
