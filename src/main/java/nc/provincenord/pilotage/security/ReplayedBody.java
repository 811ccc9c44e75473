package nc.provincenord.pilotage.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body a filter of the gate has read whole, given again to what follows it. */
final class ReplayedBody extends HttpServletRequestWrapper {

  private final byte[] body;

  ReplayedBody(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** The whole body: the bytes an earlier filter of the gate read, without copying them again, or read now. */
  static byte[] of(HttpServletRequest request) throws IOException {
    return request instanceof ReplayedBody replayed ? replayed.body : request.getInputStream().readAllBytes();
  }

  /** The request to hand on once its body was read whole: the same one when it already replays those bytes. */
  static HttpServletRequest replaying(HttpServletRequest request, byte[] body) {
    return request instanceof ReplayedBody replayed && replayed.body == body ? request : new ReplayedBody(request, body);
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream bytes = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return bytes.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return bytes.read(buffer, offset, length);
      }

      @Override
      public boolean isFinished() {
        return bytes.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("lecture asynchrone non prise en charge");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    return new BufferedReader(new InputStreamReader(getInputStream(),
        encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
