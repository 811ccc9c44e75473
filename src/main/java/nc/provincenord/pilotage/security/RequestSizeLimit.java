package nc.provincenord.pilotage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * is answered 413 at once, unread; a streamed body (chunked) is read here, at most up to the limit,
 * and answered the same 413 when it goes beyond, before the application sees any of it.
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

    private static final int CHUNK = 64 * 1024;
    private final DataSize maxSize;

    LimitFilter(DataSize maxSize) {
      this.maxSize = maxSize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long declared = request.getContentLengthLong();
      if (declared > maxSize.toBytes()) {
        refuse(response);
        return;
      }
      if (declared < 0 && isStreamed(request)) {
        Optional<List<byte[]>> body = readAtMost(request.getInputStream(), maxSize.toBytes());
        if (body.isEmpty()) {
          refuse(response);
          return;
        }
        chain.doFilter(new Replayed(request, body.get()), response);
        return;
      }
      // A declared length within the limit: the container delivers no more than that.
      chain.doFilter(request, response);
    }

    /**
     * A body without a length (chunked). Form posts are left to the container, which parses
     * them itself under its own limit ({@code server.tomcat.max-http-form-post-size}, 2 MB).
     */
    private static boolean isStreamed(HttpServletRequest request) {
      String type = request.getContentType();
      return request.getHeader("Transfer-Encoding") != null
          && (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"));
    }

    /** The body in chunks, or nothing once it crosses the limit (the rest is never read). */
    private static Optional<List<byte[]>> readAtMost(InputStream in, long limit) throws IOException {
      List<byte[]> chunks = new ArrayList<>();
      long total = 0;
      byte[] chunk = new byte[CHUNK];
      int filled = 0;
      for (int n; (n = in.read(chunk, filled, CHUNK - filled)) >= 0; ) {
        filled += n;
        total += n;
        if (total > limit) {
          return Optional.empty();
        }
        if (filled == CHUNK) {
          chunks.add(chunk);
          chunk = new byte[CHUNK];
          filled = 0;
        }
      }
      if (filled > 0) {
        chunks.add(java.util.Arrays.copyOf(chunk, filled));
      }
      return Optional.of(chunks);
    }

    private void refuse(HttpServletResponse response) throws IOException {
      response.setHeader("Connection", "close");
      JsonRefusal.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RequestTooLarge",
          "La requête dépasse la taille maximale autorisée (" + megabytes() + " Mo) : elle n'a pas été lue.");
    }

    private String megabytes() {
      long bytes = maxSize.toBytes();
      return bytes % (1024 * 1024) == 0 ? Long.toString(bytes / (1024 * 1024)) : String.format("%.1f", bytes / 1048576.0);
    }
  }

  /** A streamed body read within the limit, handed on as it came. */
  static final class Replayed extends HttpServletRequestWrapper {

    private final List<byte[]> chunks;
    private final long length;
    private ServletInputStream stream;

    Replayed(HttpServletRequest request, List<byte[]> chunks) {
      super(request);
      this.chunks = chunks;
      this.length = chunks.stream().mapToLong(chunk -> chunk.length).sum();
    }

    @Override
    public ServletInputStream getInputStream() {
      if (stream == null) {
        InputStream in = new SequenceInputStream(Collections.enumeration(
            chunks.stream().<InputStream>map(ByteArrayInputStream::new).toList()));
        stream = new ServletInputStream() {
          private boolean finished;

          @Override
          public int read() throws IOException {
            int b = in.read();
            finished = b < 0;
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int count) throws IOException {
            int n = in.read(buffer, offset, count);
            finished = n < 0;
            return n;
          }

          @Override
          public boolean isFinished() {
            return finished;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("synchronous reads only");
          }
        };
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public long getContentLengthLong() {
      return length;
    }

    @Override
    public int getContentLength() {
      return length > Integer.MAX_VALUE ? -1 : (int) length;
    }
  }
}
