package nc.provincenord.pilotage.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The tenants of each user, read at most once per {@code pilotage.security.directory-refresh}
 * (30 s) rather than on every REST call; forgotten at once, like {@link VerifiedCredentials}, when
 * an account, a group, a tenant or a membership is written through the engine ({@link DirectoryCache}).
 */
@Component
class TenantMemberships {

  private final DirectoryCache<String, List<String>> cache;

  TenantMemberships(DirectoryCaches caches) {
    cache = caches.newCache();
  }

  List<String> of(String userId, Supplier<List<String>> directory) {
    return cache.get(userId, id -> List.copyOf(directory.get()));
  }
}
