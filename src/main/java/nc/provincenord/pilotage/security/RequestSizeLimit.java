package nc.provincenord.pilotage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request body is bounded ({@code pilotage.request.max-size}, 10 MB by default), before
 * anything reads it and before authentication: a declared {@code Content-Length} above the limit
 * is answered 413 at once; a streamed body (chunked) is cut when it crosses the limit, and whatever
 * the application was answering is replaced by the same 413.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<LimitFilter> requestSizeLimitFilter(@Value("${pilotage.request.max-size:10MB}") DataSize maxSize) {
    FilterRegistrationBean<LimitFilter> registration = new FilterRegistrationBean<>(new LimitFilter(maxSize));
    registration.setName("pilotage-request-size-limit");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static final class LimitFilter extends OncePerRequestFilter {

    private final DataSize maxSize;

    LimitFilter(DataSize maxSize) {
      this.maxSize = maxSize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > maxSize.toBytes()) {
        refuse(response);
        return;
      }
      BoundedRequest bounded = new BoundedRequest(request, maxSize.toBytes());
      MutedResponse muted = new MutedResponse(response, bounded);
      try {
        chain.doFilter(bounded, muted);
      } catch (IOException | ServletException | RuntimeException failure) {
        if (!bounded.exceeded) {
          throw failure;
        }
      }
      if (bounded.exceeded && !response.isCommitted()) {
        response.reset();
        refuse(response);
      }
    }

    private void refuse(HttpServletResponse response) throws IOException {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setHeader("Connection", "close");
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"type\":\"RequestTooLarge\",\"message\":\"La requête dépasse la taille maximale "
          + "autorisée (" + megabytes() + " Mo) : elle n'a pas été lue.\"}");
    }

    private String megabytes() {
      long bytes = maxSize.toBytes();
      return bytes % (1024 * 1024) == 0 ? Long.toString(bytes / (1024 * 1024)) : String.format("%.1f", bytes / 1048576.0);
    }
  }

  /** Counts what is read and fails the read that crosses the limit. */
  static final class BoundedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;
    volatile boolean exceeded;

    BoundedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream());
      }
      return stream;
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
    }

    private final class Counting extends ServletInputStream {

      private final ServletInputStream in;
      private long count;

      Counting(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
          add(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
          add(n);
        }
        return n;
      }

      private void add(long n) throws IOException {
        count += n;
        if (count > limit) {
          exceeded = true;
          throw new IOException("Corps de requête au-delà de " + limit + " octets");
        }
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }

  /** Once the body was cut, nothing downstream may answer: the filter answers 413. */
  static final class MutedResponse extends HttpServletResponseWrapper {

    private final BoundedRequest request;

    MutedResponse(HttpServletResponse response, BoundedRequest request) {
      super(response);
      this.request = request;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      ServletOutputStream real = super.getOutputStream();
      return new ServletOutputStream() {
        @Override
        public void write(int b) throws IOException {
          if (!request.exceeded) {
            real.write(b);
          }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          if (!request.exceeded) {
            real.write(b, off, len);
          }
        }

        @Override
        public void flush() throws IOException {
          if (!request.exceeded) {
            real.flush();
          }
        }

        @Override
        public boolean isReady() {
          return real.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          real.setWriteListener(listener);
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      PrintWriter real = super.getWriter();
      return new PrintWriter(new Writer() {
        @Override
        public void write(char[] chars, int off, int len) {
          if (!request.exceeded) {
            real.write(chars, off, len);
          }
        }

        @Override
        public void flush() {
          if (!request.exceeded) {
            real.flush();
          }
        }

        @Override
        public void close() {
          if (!request.exceeded) {
            real.close();
          }
        }
      });
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (!request.exceeded) {
        super.sendError(status, message);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      if (!request.exceeded) {
        super.sendError(status);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!request.exceeded) {
        super.flushBuffer();
      }
    }
  }
}
