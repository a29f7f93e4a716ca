package io.panelist.web.session;

import io.panelist.support.Answer;
import io.panelist.support.OpenIdProvider;
import io.panelist.web.BrowserSession;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in through a real OpenID provider: the flow with PKCE, first sign-in, linking by email, renewed roles. */
class OidcSignInTest extends OidcWebTest {

    @Test
    void theSignInPageOffersTheProvider() {
        BrowserSession browser = newBrowser();

        assertThat(browser.page("/signin?next=%2Fcandidates").text()).contains("Sign in with Staff login")
                .containsPattern("href=\"/signin/oidc\\?next=(%2F|/)candidates\"");
        assertThat(browser.page("/").text()).contains("Sign in with Staff login")
                .containsPattern("href=\"/signin/oidc\\?next=(%2F|/)\"");
    }

    @Test
    void aFirstSignInCreatesTheUserFromTheVerifiedEmailAndOpensASessionOfPanelistsOwn() {
        providerSignsIn("sub-zoe", "zoe@example.com", "Zoe Park", "recruiting", "everyone");
        BrowserSession browser = newBrowser();

        Answer signedIn = signInThroughTheProvider(browser, "/candidates");

        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.text()).contains("http-equiv=\"refresh\" content=\"0;url=/candidates\"",
                "href=\"/candidates\"");
        assertThat(browser.lastSetCookies().get(SessionCookies.ACCESS).get(0)).contains("HTTPOnly", "SameSite=Strict");
        assertThat(browser.lastSetCookies().get(SessionCookies.REFRESH).get(0)).contains("Path=/session");
        assertThat(browser.lastSetCookies().get(OidcSignInController.BROWSER_COOKIE).get(0)).contains("Max-Age=0");
        assertThat(browser.page("/").text()).contains("Hello, Zoe");
        assertThat(browser.page("/candidates").status()).isEqualTo(200);
        assertThat(browser.script("POST", "/session/refresh", null, Map.of("X-CSRF-TOKEN", browser.csrfToken()))
                .status()).isEqualTo(200);

        assertThat(text("SELECT display_name || ' ' || array_to_string(roles, ',') FROM users"
                + " WHERE email = 'zoe@example.com'")).isEqualTo("Zoe Park RECRUITER");
        assertThat(text("SELECT a.issuer || ' ' || a.subject FROM oidc_accounts a JOIN users u ON u.id = a.user_id"
                + " WHERE u.email = 'zoe@example.com'")).isEqualTo(provider.issuer() + " sub-zoe");
        assertThat(text("SELECT string_agg(action, ',' ORDER BY action) FROM audit_events e JOIN users u"
                + " ON u.id = e.entity_id WHERE u.email = 'zoe@example.com'"))
                .isEqualTo("user.created,user.provider-linked");
    }

    @Test
    void theFlowUsesPkceWithS256AndTheVerifierGoesOnlyToTheTokenEndpoint() throws Exception {
        providerSignsIn("sub-zoe", "zoe@example.com", "Zoe Park", "recruiting");
        BrowserSession browser = newBrowser();
        provider.requests();

        String authorize = browser.page("/signin/oidc?next=%2F").header("Location");
        String verifier = text("SELECT code_verifier FROM oidc_sign_ins");
        assertThat(query(authorize, "code_challenge_method")).isEqualTo("S256");
        assertThat(query(authorize, "code_challenge")).isEqualTo(s256(verifier));
        assertThat(authorize).doesNotContain(verifier);
        assertThat(query(authorize, "redirect_uri")).isEqualTo(
                java.net.URLEncoder.encode(server.getURI() + "/signin/oidc/callback", StandardCharsets.UTF_8));
        assertThat(text("SELECT state_hash FROM oidc_sign_ins")).isEqualTo(sha256Hex(query(authorize, "state")));
        assertThat(text("SELECT nonce_hash FROM oidc_sign_ins")).isEqualTo(sha256Hex(query(authorize, "nonce")));

        Answer atProvider = browser.send("GET", authorize, null, null, Map.of());
        assertThat(callback(browser, atProvider.header("Location")).status()).isEqualTo(200);
        RecordedRequest tokenRequest = provider.requests().stream()
                .filter(r -> r.getPath().startsWith("/" + OpenIdProvider.ISSUER_ID + "/token")).findFirst().orElseThrow();
        String body = tokenRequest.getBody().readUtf8();
        assertThat(body).contains("grant_type=authorization_code", "code_verifier=" + verifier)
                .doesNotContain(OpenIdProvider.CLIENT_SECRET);
        assertThat(tokenRequest.getHeader("Authorization")).startsWith("Basic ");
    }

    @Test
    void aVerifiedEmailOfAnExistingUserSignsInAsThatUser() {
        String anaId = text("SELECT id::text FROM users WHERE email = 'ana@example.com'");
        long users = count("SELECT count(*) FROM users");
        providerSignsIn("sub-ana", "Ana@Example.com", "Ana from the provider", "panel");
        BrowserSession browser = newBrowser();

        assertThat(signInThroughTheProvider(browser, "/").status()).isEqualTo(200);

        assertThat(browser.page("/").text()).contains("Hello, Ana", "Mateo García");
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(users);
        assertThat(text("SELECT user_id::text FROM oidc_accounts WHERE subject = 'sub-ana'")).isEqualTo(anaId);
        assertThat(text("SELECT display_name FROM users WHERE id = '" + anaId + "'")).isEqualTo("Ana Interviewer");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'user.provider-linked'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'user.updated'")).isZero();
    }

    @Test
    void rolesFollowTheProvidersGroupsAtEachSignIn() {
        providerSignsIn("sub-zoe", "zoe@example.com", "Zoe Park", "recruiting");
        BrowserSession first = newBrowser();
        assertThat(signInThroughTheProvider(first, "/").status()).isEqualTo(200);
        assertThat(first.page("/admin/users").status()).isEqualTo(403);
        assertThat(text("SELECT array_to_string(roles, ',') FROM users WHERE email = 'zoe@example.com'"))
                .isEqualTo("RECRUITER");

        providerSignsIn("sub-zoe", "zoe@example.com", "Zoe Park", "hr-admins", "panel");
        BrowserSession browser = newBrowser();
        assertThat(signInThroughTheProvider(browser, "/").status()).isEqualTo(200);

        assertThat(text("SELECT array_to_string(roles, ',') FROM users WHERE email = 'zoe@example.com'"))
                .isEqualTo("ADMIN,INTERVIEWER");
        assertThat(browser.page("/admin/users").status()).isEqualTo(200);
        assertThat(text("SELECT details->>'roles' FROM audit_events WHERE action = 'user.updated'"))
                .contains("ADMIN", "INTERVIEWER").doesNotContain("RECRUITER");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'user.provider-linked'")).isEqualTo(1);
    }

    private String text(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s256(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String sha256Hex(String value) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
