package io.panelist.identity.oidc;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How Panelist signs people in: through the company's OpenID provider when its issuer, client id and client secret
 * are all set, and with passwords unless {@code PANELIST_PASSWORD_LOGIN} is false. A half-made configuration stops
 * the start with what is missing, rather than showing a button that cannot work.
 */
@Context
public class OidcSettings {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private final boolean enabled;
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String providerName;
    private final String scopes;
    private final String rolesClaim;
    private final RoleMap roleMap;
    private final boolean passwordLogin;

    OidcSettings(@Value("${panelist.oidc.issuer:}") @Nullable String issuer,
                 @Value("${panelist.oidc.client-id:}") @Nullable String clientId,
                 @Value("${panelist.oidc.client-secret:}") @Nullable String clientSecret,
                 @Value("${panelist.oidc.name:}") @Nullable String providerName,
                 @Value("${panelist.oidc.scopes:openid email profile}") String scopes,
                 @Value("${panelist.oidc.roles-claim:groups}") String rolesClaim,
                 @Value("${panelist.oidc.role-map:}") @Nullable String roleMap,
                 @Value("${panelist.password-login:true}") boolean passwordLogin) {
        List<String> given = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        sort(issuer, "PANELIST_OIDC_ISSUER", given, missing);
        sort(clientId, "PANELIST_OIDC_CLIENT_ID", given, missing);
        sort(clientSecret, "PANELIST_OIDC_CLIENT_SECRET", given, missing);
        if (!given.isEmpty() && !missing.isEmpty()) {
            throw new IllegalStateException("OpenID Connect sign-in needs PANELIST_OIDC_ISSUER, PANELIST_OIDC_CLIENT_ID"
                    + " and PANELIST_OIDC_CLIENT_SECRET together; " + String.join(", ", missing) + " missing.");
        }
        this.enabled = missing.isEmpty();
        this.issuer = enabled ? checkedIssuer(issuer.trim()) : "";
        this.clientId = enabled ? clientId.trim() : "";
        this.clientSecret = enabled ? clientSecret : "";
        this.providerName = providerName == null || providerName.isBlank()
                ? (enabled ? URI.create(this.issuer).getHost() : "") : providerName.trim();
        this.scopes = withOpenId(scopes);
        this.rolesClaim = rolesClaim.isBlank() ? "groups" : rolesClaim.trim();
        this.roleMap = parseRoleMap(roleMap);
        if (enabled && this.roleMap.isEmpty()) {
            throw new IllegalStateException("PANELIST_OIDC_ROLE_MAP must map at least one group of the provider to a"
                    + " Panelist role, e.g. \"hr-admins=ADMIN,recruiting=RECRUITER\".");
        }
        if (!passwordLogin && !enabled) {
            throw new IllegalStateException("PANELIST_PASSWORD_LOGIN=false needs sign-in through an OpenID provider"
                    + " (PANELIST_OIDC_ISSUER, PANELIST_OIDC_CLIENT_ID and PANELIST_OIDC_CLIENT_SECRET).");
        }
        this.passwordLogin = passwordLogin;
    }

    /** Whether sign-in through the provider is configured. */
    public boolean enabled() {
        return enabled;
    }

    /** The provider's name for people: "Sign in with ..." ({@code PANELIST_OIDC_NAME}, else the issuer's host). */
    public String providerName() {
        return providerName;
    }

    /** Whether passwords sign people in at all ({@code PANELIST_PASSWORD_LOGIN}, true unless set to false). */
    public boolean passwordLogin() {
        return passwordLogin;
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    String scopes() {
        return scopes;
    }

    String rolesClaim() {
        return rolesClaim;
    }

    RoleMap roleMap() {
        return roleMap;
    }

    private static void sort(@Nullable String value, String name, List<String> given, List<String> missing) {
        (value == null || value.isBlank() ? missing : given).add(name);
    }

    /** The issuer as the provider names itself, without a trailing slash; https, or http on this machine only. */
    private static String checkedIssuer(String issuer) {
        String trimmed = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PANELIST_OIDC_ISSUER is not a URL: " + issuer, e);
        }
        boolean https = "https".equals(uri.getScheme());
        boolean localHttp = "http".equals(uri.getScheme()) && uri.getHost() != null && LOOPBACK.contains(uri.getHost());
        if (uri.getHost() == null || !(https || localHttp) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("PANELIST_OIDC_ISSUER must be the provider's https URL without query or"
                    + " fragment, e.g. https://login.example.com/realms/staff; it is " + issuer);
        }
        return trimmed;
    }

    private static RoleMap parseRoleMap(@Nullable String spec) {
        try {
            return RoleMap.parse(spec == null ? "" : spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String withOpenId(String scopes) {
        Set<String> all = new LinkedHashSet<>();
        all.add("openid");
        all.addAll(Arrays.stream(scopes.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        return String.join(" ", all);
    }
}
