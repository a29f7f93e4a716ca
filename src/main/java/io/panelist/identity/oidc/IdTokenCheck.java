package io.panelist.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.panelist.shared.SecretTokens;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks an identity token must pass (OpenID Connect Core 3.1.3.7): a signature by one of the provider's keys
 * (asymmetric algorithms only), the provider as issuer, Panelist as audience, not expired, issued neither in the
 * future nor before this sign-in began, this sign-in's nonce, and a verified email. Each failure says which check.
 */
final class IdTokenCheck {
    /** How far the provider's clock may be from Panelist's. */
    static final Duration SKEW = Duration.ofSeconds(60);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private final String issuer;
    private final String clientId;
    private final String provider;
    private final String rolesClaim;
    private final JWKSource<SecurityContext> keys;
    private final Clock clock;

    IdTokenCheck(String issuer, String clientId, String provider, String rolesClaim, JWKSource<SecurityContext> keys,
                 Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.provider = provider;
        this.rolesClaim = rolesClaim;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * @param nonceHash the SHA-256 of the nonce this sign-in sent
     * @param started   when this sign-in began: a token issued before then belongs to another one
     * @throws OidcSignInRefusedException naming the check the token failed
     */
    VerifiedIdentity verify(String idToken, String nonceHash, Instant started) {
        JWTClaimsSet claims = verifiedSignature(idToken);
        Instant now = clock.instant();
        if (!issuer.equals(claims.getIssuer())) {
            throw refused("oidc-wrong-issuer", "it was issued by " + claims.getIssuer() + ", not by " + issuer + ".");
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(clientId) || audience.size() > 1 && !clientId.equals(text(claims, "azp"))) {
            throw refused("oidc-wrong-audience", "it was meant for another application (audience "
                    + String.join(", ", audience) + "), not for Panelist.");
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || !now.isBefore(expires.toInstant().plus(SKEW))) {
            throw refused("oidc-token-expired", "it has expired" + (expires == null ? " (it carries no expiry)."
                    : " (at " + expires.toInstant() + ")."));
        }
        Date issued = claims.getIssueTime();
        if (issued == null || issued.toInstant().isAfter(now.plus(SKEW))) {
            throw refused("oidc-issued-in-future", issued == null ? "it carries no issue time."
                    : "it says it was issued in the future (at " + issued.toInstant() + ").");
        }
        if (issued.toInstant().isBefore(started.minus(SKEW))) {
            throw refused("oidc-issued-before-sign-in", "it was issued at " + issued.toInstant()
                    + ", before this sign-in began: it belongs to an earlier one.");
        }
        String nonce = text(claims, "nonce");
        if (nonce == null || !SecretTokens.hash(nonce).equals(nonceHash)) {
            throw refused("oidc-wrong-nonce", "it does not carry this sign-in's nonce.");
        }
        return identity(claims);
    }

    private JWTClaimsSet verifiedSignature(String idToken) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        // the claims are checked below, each with its own reason
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        try {
            return processor.process(idToken, null);
        } catch (ParseException e) {
            throw refused("oidc-token-malformed", "it is not a signed token.");
        } catch (BadJOSEException | JOSEException e) {
            throw refused("oidc-bad-signature", "its signature is not one of " + provider + "'s keys.");
        }
    }

    private VerifiedIdentity identity(JWTClaimsSet claims) {
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw refused("oidc-no-subject", "it does not say who signed in (no subject).");
        }
        String email = text(claims, "email");
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw refused("oidc-no-email", "it carries no email address. Panelist needs the \"email\" scope.");
        }
        Object verified = claims.getClaim("email_verified");
        if (!Boolean.TRUE.equals(verified) && !"true".equals(verified)) {
            throw OidcSignInRefusedException.emailNotVerified(provider, email);
        }
        return new VerifiedIdentity(claims.getIssuer(), subject, email.trim(), text(claims, "name"),
                groups(claims.getClaim(rolesClaim)));
    }

    /** The roles claim as a list of group names: an array of strings, or a single string. */
    private static List<String> groups(Object claim) {
        if (claim instanceof String single) {
            return List.of(single);
        }
        if (claim instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String string ? string : null;
    }

    private static OidcSignInRefusedException refused(String type, String why) {
        return OidcSignInRefusedException.badIdToken(type, why);
    }
}
