package nc.provincenord.pilotage.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tenants of each user, read at most once per {@code pilotage.security.directory-refresh}
 * (30 s) rather than on every REST call; forgotten at once, like {@link VerifiedCredentials}, when
 * an account, a group, a tenant or a membership is written through the engine.
 */
@Component
class TenantMemberships {

  private final VerifiedCredentials changes;
  private final Cache<String, Read> cache;

  TenantMemberships(VerifiedCredentials changes,
      @Value("${pilotage.security.directory-refresh:PT30S}") Duration timeToLive) {
    this.changes = changes;
    cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).build();
  }

  List<String> of(String userId, Supplier<List<String>> directory) {
    Read read = cache.getIfPresent(userId);
    if (read != null && read.generation() == changes.generation()) {
      return read.tenantIds();
    }
    long before = changes.generation();
    List<String> tenantIds = List.copyOf(directory.get());
    if (before == changes.generation()) {
      cache.put(userId, new Read(tenantIds, before));
    }
    return tenantIds;
  }

  private record Read(List<String> tenantIds, long generation) {
  }
}
