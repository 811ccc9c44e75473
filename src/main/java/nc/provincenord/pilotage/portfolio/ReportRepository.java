package nc.provincenord.pilotage.portfolio;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ReportView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The reports of the portfolio in table {@code portfolio_report}: HTML, CSV and PDF with their figures (JSON). */
@Repository
public class ReportRepository {

  public static final String WEEKLY = "WEEKLY";
  public static final String CLOSING = "CLOSING";

  private final JdbcClient jdbc;
  private final String baseUrl;

  public ReportRepository(JdbcClient jdbc, @Value("${pilotage.base-url:http://localhost:8080}") String baseUrl) {
    this.jdbc = jdbc;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public long store(String kind, String businessKey, String title, OffsetDateTime generatedAt, String figuresJson, String html,
                    String csv, byte[] pdf) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into portfolio_report (kind, business_key, title, generated_at, figures, html, csv, pdf)
            values (:kind, :key, :title, :at, :figures, :html, :csv, :pdf)""")
        .param("kind", kind).param("key", businessKey).param("title", title.length() > 300 ? title.substring(0, 300) : title)
        .param("at", generatedAt).param("figures", figuresJson).param("html", html).param("csv", csv).param("pdf", pdf)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * Retention: deletes the weekly reports generated before the instant. Closing reports are project
   * documents and are kept. One conditional DELETE: two nodes running it at once do no harm.
   */
  public int deleteWeeklyBefore(OffsetDateTime before) {
    return jdbc.sql("delete from portfolio_report where kind = :kind and generated_at < :before")
        .param("kind", WEEKLY).param("before", before).update();
  }

  /** The latest reports, newest first; {@code kind} null for both kinds. */
  public List<ReportView> latest(String kind, int limit) {
    return jdbc.sql("select id, kind, business_key, title, generated_at from portfolio_report"
            + (kind == null ? "" : " where kind = :kind") + " order by generated_at desc, id desc limit :limit")
        .params(kind == null ? java.util.Map.of("limit", limit) : java.util.Map.of("kind", kind, "limit", limit))
        .query((rs, n) -> view(rs.getLong("id"), rs.getString("kind"), rs.getString("business_key"), rs.getString("title"),
            rs.getObject("generated_at", OffsetDateTime.class)))
        .list();
  }

  public Optional<ReportView> find(long id) {
    return jdbc.sql("select id, kind, business_key, title, generated_at from portfolio_report where id = :id").param("id", id)
        .query((rs, n) -> view(rs.getLong("id"), rs.getString("kind"), rs.getString("business_key"), rs.getString("title"),
            rs.getObject("generated_at", OffsetDateTime.class)))
        .optional();
  }

  public Optional<byte[]> pdf(long id) {
    return jdbc.sql("select pdf from portfolio_report where id = :id").param("id", id).query((rs, n) -> rs.getBytes(1)).optional();
  }

  public Optional<String> csv(long id) {
    return jdbc.sql("select csv from portfolio_report where id = :id").param("id", id)
        .query((rs, n) -> rs.getString(1)).optional().filter(text -> text != null);
  }

  public Optional<String> html(long id) {
    return jdbc.sql("select html from portfolio_report where id = :id").param("id", id)
        .query((rs, n) -> rs.getString(1)).optional().filter(text -> text != null);
  }

  public Optional<String> figures(long id) {
    return jdbc.sql("select figures from portfolio_report where id = :id").param("id", id)
        .query((rs, n) -> rs.getString(1)).optional();
  }

  public String downloadUrl(long id, String format) {
    return baseUrl + "/portefeuille/rapports/" + id + "/" + format;
  }

  private ReportView view(long id, String kind, String businessKey, String title, OffsetDateTime generatedAt) {
    boolean weekly = WEEKLY.equals(kind);
    return new ReportView(id, kind, businessKey, title, generatedAt, downloadUrl(id, "pdf"),
        weekly ? downloadUrl(id, "csv") : null, weekly ? downloadUrl(id, "html") : null);
  }
}
