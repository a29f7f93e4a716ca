package io.panelist.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access token's algorithm is pinned to HS256: the same claims, fresh and for a real administrator, signed any
 * other way (HS384 or HS512 with the server's own secret, RS256 with some key) are refused. Expired, foreign,
 * tampered and {@code alg: none} tokens are covered route by route in identity.IdentitySecurityTest.
 */
class AccessTokenAlgorithmTest extends IntegrationTest {
    @Inject
    TestUsers users;

    @Test
    void onlyHs256WithTheServersSecretIsAccepted() throws Exception {
        UUID admin = users.create("admin@example.com", Role.ADMIN);
        byte[] secret = Tokens.TEST_SECRET.getBytes(StandardCharsets.UTF_8);
        RSAKey rsa = new RSAKeyGenerator(2048).generate();

        assertThat(api.get("/api/v1/users", sign(admin, JWSAlgorithm.HS256, new MACSigner(secret))).status())
                .as("the control: HS256 with the server's secret").isEqualTo(200);
        assertThat(api.get("/api/v1/users", hmac(admin, "HS256", "HmacSHA256", secret)).status())
                .as("the control, signed by hand").isEqualTo(200);
        Map<String, String> others = Map.of(
                "HS384", hmac(admin, "HS384", "HmacSHA384", secret),
                "HS512", hmac(admin, "HS512", "HmacSHA512", secret),
                "RS256", sign(admin, JWSAlgorithm.RS256, new RSASSASigner(rsa)),
                "none", Tokens.unsigned(admin, "ADMIN"));
        others.forEach((algorithm, token) -> {
            Answer answer = api.get("/api/v1/users", token);
            assertThat(answer.status()).as(algorithm).isEqualTo(401);
            assertThat(answer.isProblem()).as(algorithm).isTrue();
        });
    }

    @Test
    void anExpiredAccessTokenIsRefusedEvenForARealSession() {
        UUID ana = users.create("ana@example.com", Role.INTERVIEWER);
        api.login("ana@example.com", TestUsers.PASSWORD);

        Answer answer = api.get("/api/v1/me", Tokens.expired(ana, "INTERVIEWER"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
    }

    /** Signed by hand, as an attacker would: a library signer refuses HS512 with a secret under 512 bits. */
    private static String hmac(UUID subject, String alg, String macAlgorithm, byte[] secret) throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String signingInput = base64.encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}")
                .getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(("{\"sub\":\"" + subject
                + "\",\"iss\":\"panelist\",\"roles\":[\"ADMIN\"],\"iat\":" + now + ",\"exp\":" + (now + 900)
                + "}")
                .getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance(macAlgorithm);
        mac.init(new SecretKeySpec(secret, macAlgorithm));
        return signingInput + "." + base64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String sign(UUID subject, JWSAlgorithm algorithm, JWSSigner signer) throws JOSEException {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), new JWTClaimsSet.Builder().subject(subject.toString())
                .issuer("panelist").claim("roles", List.of("ADMIN")).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(900)))
                .build());
        jwt.sign(signer);
        return jwt.serialize();
    }
}
