package io.panelist.identity.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.panelist.shared.PublicUrl;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Panelist's side of talking to the provider: its discovery document (read on first use and kept), its keys, and
 * the exchange of a sign-in code for an identity token. Every call has a timeout and follows no redirect.
 */
@Singleton
class OidcProvider {
    static final String CALLBACK_PATH = "/signin/oidc/callback";
    private static final Logger LOG = LoggerFactory.getLogger(OidcProvider.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final OidcSettings settings;
    private final String redirectUri;
    private final Clock clock;
    private volatile Metadata metadata;
    private volatile IdTokenCheck idTokenCheck;

    OidcProvider(OidcSettings settings, PublicUrl publicUrl, Clock clock) {
        this.settings = settings;
        this.redirectUri = publicUrl.to(CALLBACK_PATH);
        this.clock = clock;
    }

    /** Where the provider sends the browser back to: the redirect URL to register with it. */
    String redirectUri() {
        return redirectUri;
    }

    /** The provider's sign-in page for these parameters. */
    URI authorizationUrl(Map<String, String> parameters) {
        String endpoint = metadata().authorizationEndpoint();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("response_type", "code");
        all.put("client_id", settings.clientId());
        all.put("redirect_uri", redirectUri);
        all.put("scope", settings.scopes());
        all.putAll(parameters);
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(all));
    }

    /** Exchanges the code (with the PKCE verifier that goes with it) for the identity token. */
    String exchange(String code, String codeVerifier) {
        Metadata provider = metadata();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(provider.tokenEndpoint())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        if (provider.secretInBody()) {
            form.put("client_id", settings.clientId());
            form.put("client_secret", settings.clientSecret());
        } else {
            // RFC 6749 2.3.1: both parts form-encoded before they are joined
            String basic = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> answer = send(request.POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
        Map<String, Object> body = json(answer.body());
        if (answer.statusCode() != 200) {
            Object error = body.get("error");
            throw OidcSignInRefusedException.codeRefused(settings.providerName(),
                    error == null ? "status " + answer.statusCode() : error.toString());
        }
        if (!(body.get("id_token") instanceof String idToken)) {
            throw OidcSignInRefusedException.codeRefused(settings.providerName(), "no identity token in the answer");
        }
        return idToken;
    }

    /** The checks for identity tokens of this provider, with its keys. */
    IdTokenCheck idTokenCheck() {
        IdTokenCheck check = idTokenCheck;
        if (check == null) {
            Metadata provider = metadata();
            check = new IdTokenCheck(provider.issuer(), settings.clientId(), settings.providerName(),
                    settings.rolesClaim(), new ProviderKeys(() -> keys(provider.jwksUri()), clock), clock);
            idTokenCheck = check;
        }
        return check;
    }

    private Metadata metadata() {
        Metadata known = metadata;
        if (known == null) {
            known = discover();
            metadata = known;
        }
        return known;
    }

    private Metadata discover() {
        URI document = URI.create(settings.issuer() + "/.well-known/openid-configuration");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(document).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build());
        Map<String, Object> body = answer.statusCode() == 200 ? json(answer.body()) : Map.of();
        Metadata found = Metadata.of(body);
        if (found == null || !withoutSlash(found.issuer()).equals(settings.issuer())) {
            LOG.warn("The OpenID discovery document at {} answered {} and names issuer {}; expected {}", document,
                    answer.statusCode(), found == null ? null : found.issuer(), settings.issuer());
            throw OidcSignInRefusedException.providerUnreachable(settings.providerName());
        }
        return found;
    }

    private JWKSet keys(String jwksUri) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(jwksUri)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build());
        try {
            if (answer.statusCode() == 200) {
                return JWKSet.parse(answer.body());
            }
        } catch (ParseException e) {
            LOG.warn("The provider's keys at {} are not a JWK set: {}", jwksUri, e.getMessage());
        }
        throw OidcSignInRefusedException.providerUnreachable(settings.providerName());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warn("Could not reach the OpenID provider at {}: {}", request.uri(), e.toString());
            throw OidcSignInRefusedException.providerUnreachable(settings.providerName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OidcSignInRefusedException.providerUnreachable(settings.providerName());
        }
    }

    private static Map<String, Object> json(String text) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            return Map.of();
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Form-encoded, with spaces as %20: what a query and a form body both read as a space. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String withoutSlash(String issuer) {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** What Panelist needs of the discovery document. */
    record Metadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri,
                    boolean secretInBody) {
        static Metadata of(Map<String, Object> document) {
            if (document.get("issuer") instanceof String issuer
                    && document.get("authorization_endpoint") instanceof String authorization
                    && document.get("token_endpoint") instanceof String token
                    && document.get("jwks_uri") instanceof String jwks) {
                Object methods = document.get("token_endpoint_auth_methods_supported");
                boolean basic = !(methods instanceof List<?> list) || list.contains("client_secret_basic");
                return new Metadata(issuer, authorization, token, jwks, !basic);
            }
            return null;
        }
    }
}
