package nc.provincenord.pilotage.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect, profile {@code oidc}: which claim names the user, which carries the groups.
 * The provider itself is Spring Boot's registration {@code province} (see application-oidc.yaml).
 */
@ConfigurationProperties("pilotage.oidc")
record SingleSignOnProperties(String userIdClaim, String groupsClaim) {
}
