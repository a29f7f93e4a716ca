package io.panelist.identity.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An access token needs {@code exp} and Panelist's {@code iss}, and is not used before its {@code nbf}: tokens
 * correctly signed with the server's own secret for a real administrator are refused without them.
 */
class AccessTokenClaimsTest extends IntegrationTest {
    @Inject
    TestUsers users;
    UUID admin;

    @BeforeEach
    void anAdministrator() {
        admin = users.create("admin@example.com", Role.ADMIN);
    }

    @Test
    void tokensIssuedBySignInCarryIssuerExpiryAndNotBefore() throws Exception {
        String token = api.login("admin@example.com", TestUsers.PASSWORD);
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));

        assertThat(claims.get("iss").asText()).isEqualTo("panelist");
        long now = Instant.now().getEpochSecond();
        assertThat(claims.get("exp").asLong()).isBetween(now + 800, now + 901);
        assertThat(claims.get("nbf").asLong()).isBetween(now - 60, now + 1);
    }

    @Test
    void onlyATokenWithExpiryAndPanelistsIssuerThatHasBegunIsAccepted() {
        assertThat(api.get("/api/v1/users", signed(claims -> claims)).status()).as("the control").isEqualTo(200);

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("no iss", signed(claims -> claims.issuer(null)));
        refused.put("another iss", signed(claims -> claims.issuer("https://idp.example.com")));
        refused.put("no exp", signed(claims -> claims.expirationTime(null)));
        refused.put("nbf in an hour", signed(claims -> claims.notBeforeTime(
                Date.from(Instant.now().plusSeconds(3600)))));
        refused.put("nbf in two minutes", signed(claims -> claims.notBeforeTime(
                Date.from(Instant.now().plusSeconds(120)))));
        refused.forEach((what, token) -> {
            Answer answer = api.get("/api/v1/users", token);
            assertThat(answer.status()).as(what).isEqualTo(401);
            assertThat(answer.isProblem()).as(what).isTrue();
        });
        assertThat(api.get("/api/v1/users", signed(claims -> claims.notBeforeTime(
                Date.from(Instant.now().minusSeconds(60))))).status()).as("nbf passed").isEqualTo(200);
    }

    @Test
    void anApiKeyShapedTokenIsNeverReadAsAnAccessToken() {
        String token = api.login("admin@example.com", TestUsers.PASSWORD);
        assertThat(api.get("/api/v1/users", "pk_" + token).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/users", "pk_" + "A".repeat(43)).status()).isEqualTo(401);
    }

    /** A fresh administrator's token with every claim Panelist issues, changed as the test says, then signed. */
    private String signed(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(admin.toString()).issuer("panelist")
                .claim("roles", List.of("ADMIN")).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(900)));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), change.apply(claims).build());
            jwt.sign(new MACSigner(Tokens.TEST_SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
