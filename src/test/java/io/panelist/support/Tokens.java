package io.panelist.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Forged and damaged access tokens, to prove the server refuses them. */
public final class Tokens {
    public static final String TEST_SECRET = "panelist-test-signing-secret-at-least-32-bytes-long";

    private Tokens() {
    }

    /** Correctly signed with the server's secret, but expired an hour ago. */
    public static String expired(UUID userId, String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return sign(new JWTClaimsSet.Builder().subject(userId.toString()).issuer("panelist")
                .claim("roles", List.of(roles))
                .issueTime(Date.from(past.minusSeconds(900))).expirationTime(Date.from(past)).build(), TEST_SECRET);
    }

    /** Fresh, with any roles, but signed with a secret the server does not know. */
    public static String foreign(UUID userId, String... roles) {
        return sign(new JWTClaimsSet.Builder().subject(userId.toString()).issuer("panelist")
                .claim("roles", List.of(roles))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(900))).build(),
                "some-other-secret-of-at-least-32-bytes!!");
    }

    /** A real token whose payload was edited to claim ADMIN; the signature no longer matches. */
    public static String tampered(String realToken) {
        String[] parts = realToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"roles\":\\[[^]]*]", "\"roles\":[\"ADMIN\"]");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** An unsigned token ({@code alg: none}). */
    public static String unsigned(UUID userId, String... roles) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"sub\":\"" + userId
                + "\",\"iss\":\"panelist\",\"roles\":[\"ADMIN\"],\"exp\":" + (Instant.now().getEpochSecond() + 900)
                + "}").getBytes());
        return header + "." + payload + ".";
    }

    private static String sign(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
