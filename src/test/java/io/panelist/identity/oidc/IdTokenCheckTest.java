package io.panelist.identity.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.panelist.shared.SecretTokens;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real RS256 tokens against a real key set: each check of an identity token, and the reason a refusal gives. */
class IdTokenCheckTest {
    static final String ISSUER = "https://login.example.com/realms/staff";
    static final String CLIENT = "panelist";
    static final String NONCE = "n-0S6_WzA2Mj-this-sign-in";
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    static final Instant STARTED = NOW.minusSeconds(30);
    private static final RSAKey KEY = key("provider-key");
    private final IdTokenCheck check = new IdTokenCheck(ISSUER, CLIENT, "Staff login", "groups",
            new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK())), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenThatPassesEveryCheckGivesTheVerifiedIdentity() {
        VerifiedIdentity who = check.verify(token(claims -> { }), SecretTokens.hash(NONCE), STARTED);

        assertThat(who).isEqualTo(new VerifiedIdentity(ISSUER, "subject-1", "ana@example.com", "Ana Lima",
                List.of("recruiting", "panel")));
        assertThat(who.displayName()).isEqualTo("Ana Lima");
    }

    @Test
    void aSingleGroupAsTextAndAMissingNameAreTakenAsTheyCome() {
        VerifiedIdentity who = check.verify(token(claims -> claims.claim("groups", "recruiting").claim("name", null)),
                SecretTokens.hash(NONCE), STARTED);

        assertThat(who.groups()).containsExactly("recruiting");
        assertThat(who.displayName()).isEqualTo("ana");
    }

    @Test
    void aTokenForAnotherApplicationIsRefused() {
        assertRefused(claims -> claims.audience("another-app"), "oidc-wrong-audience",
                "meant for another application (audience another-app)");
        assertRefused(claims -> claims.audience(List.of(CLIENT, "another-app")).claim("azp", "another-app"),
                "oidc-wrong-audience", "not for Panelist");
    }

    @Test
    void anExpiredTokenIsRefusedButAMinuteOfClockSkewIsNot() {
        assertRefused(claims -> claims.expirationTime(Date.from(NOW.minusSeconds(61))), "oidc-token-expired",
                "it has expired");
        assertThat(check.verify(token(claims -> claims.expirationTime(Date.from(NOW.minusSeconds(59)))),
                SecretTokens.hash(NONCE), STARTED).email()).isEqualTo("ana@example.com");
    }

    @Test
    void aTokenIssuedInTheFutureOrBeforeTheSignInBeganIsRefused() {
        assertRefused(claims -> claims.issueTime(Date.from(NOW.plus(Duration.ofMinutes(5)))), "oidc-issued-in-future",
                "issued in the future");
        assertRefused(claims -> claims.issueTime(Date.from(STARTED.minus(Duration.ofMinutes(5)))),
                "oidc-issued-before-sign-in", "before this sign-in began");
        assertRefused(claims -> claims.issueTime(null), "oidc-issued-in-future", "no issue time");
    }

    @Test
    void anUnverifiedOrMissingEmailIsRefused() {
        assertRefused(claims -> claims.claim("email_verified", false), "oidc-email-not-verified",
                "has not verified your email address ana@example.com");
        assertRefused(claims -> claims.claim("email_verified", null), "oidc-email-not-verified", "not verified");
        assertRefused(claims -> claims.claim("email", null), "oidc-no-email", "no email address");
    }

    @Test
    void anotherIssuerOrAnotherSignInsNonceIsRefused() {
        assertRefused(claims -> claims.issuer("https://evil.example.com"), "oidc-wrong-issuer",
                "issued by https://evil.example.com");
        assertRefused(claims -> claims.claim("nonce", "an-older-sign-in"), "oidc-wrong-nonce", "nonce");
        assertRefused(claims -> claims.claim("nonce", null), "oidc-wrong-nonce", "nonce");
    }

    @Test
    void aTokenSignedByAnotherKeyOrWithoutAnAsymmetricSignatureIsRefused() throws Exception {
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("provider-key").build(),
                claims(c -> { }).build());
        foreign.sign(new RSASSASigner(key("provider-key")));
        SignedJWT symmetric = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(c -> { }).build());
        symmetric.sign(new MACSigner(SecretTokens.newToken() + SecretTokens.newToken()));
        String unsigned = new PlainJWT(claims(c -> { }).build()).serialize();

        for (String token : List.of(foreign.serialize(), symmetric.serialize(), unsigned)) {
            assertThatThrownBy(() -> check.verify(token, SecretTokens.hash(NONCE), STARTED))
                    .isInstanceOf(OidcSignInRefusedException.class)
                    .satisfies(e -> assertThat(((OidcSignInRefusedException) e).type())
                            .isIn("oidc-bad-signature", "oidc-token-malformed"));
        }
        assertThatThrownBy(() -> check.verify("not.a.token", SecretTokens.hash(NONCE), STARTED))
                .isInstanceOf(OidcSignInRefusedException.class);
    }

    private void assertRefused(Consumer<JWTClaimsSet.Builder> change, String type, String reason) {
        assertThatThrownBy(() -> check.verify(token(change), SecretTokens.hash(NONCE), STARTED))
                .isInstanceOf(OidcSignInRefusedException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((OidcSignInRefusedException) e).type()).isEqualTo(type));
    }

    private static String token(Consumer<JWTClaimsSet.Builder> change) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims(change).build());
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("subject-1").audience(CLIENT)
                .issueTime(Date.from(NOW.minusSeconds(5))).expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("nonce", NONCE).claim("email", "ana@example.com").claim("email_verified", true)
                .claim("name", "Ana Lima").claim("groups", List.of("recruiting", "panel"));
        change.accept(claims);
        return claims;
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
