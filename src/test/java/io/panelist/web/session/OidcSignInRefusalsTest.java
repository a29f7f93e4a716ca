package io.panelist.web.session;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ins through the provider that Panelist refuses itself: each shows a page that says why, and writes no user,
 * no role, no link and no session.
 */
class OidcSignInRefusalsTest extends OidcWebTest {
    private long users;
    private long auditEvents;

    @BeforeEach
    void countWhatARefusalMustNotChange() {
        users = count("SELECT count(*) FROM users");
        auditEvents = count("SELECT count(*) FROM audit_events");
    }

    @Test
    void aTamperedStateIsRefused() {
        providerSignsIn("sub-zoe", "zoe@example.com", "Zoe Park", "recruiting");
        BrowserSession browser = newBrowser();
        String back = throughTheProvider(browser, "/").header("Location");
        String state = query(back, "state");
        String tampered = back.replace("state=" + state, "state=" + (state.charAt(0) == 'A' ? 'B' : 'A')
                + state.substring(1));

        assertRefused(callback(browser, tampered), 400, "unknown to Panelist", browser);
        assertRefused(callback(browser, back.replace("state=" + state, "state=")), 400, "unknown", browser);
        assertThat(provider.requests()).noneMatch(r -> r.getPath().endsWith("/token"));

        assertThat(callback(browser, back).status()).as("the untampered state still works").isEqualTo(200);
    }

    @Test
    void aReplayedCallbackIsRefusedByPanelistEvenThoughTheProviderWouldAnswerAgain() {
        providerSignsIn("sub-zoe", "zoe@example.com", "Zoe Park", "recruiting");
        BrowserSession browser = newBrowser();
        String back = throughTheProvider(browser, "/").header("Location");
        String browserToken = browser.cookie(OidcSignInController.BROWSER_COOKIE);
        assertThat(callback(browser, back).status()).isEqualTo(200);
        long sessions = count("SELECT count(*) FROM refresh_tokens");
        provider.requests();
        users = count("SELECT count(*) FROM users");
        auditEvents = count("SELECT count(*) FROM audit_events");

        BrowserSession replaying = newBrowser();
        replaying.setCookie(OidcSignInController.BROWSER_COOKIE, browserToken);
        assertRefused(callback(replaying, back), 400, "already used", replaying);
        assertThat(provider.requests()).as("the provider is not even asked").isEmpty();
        assertThat(count("SELECT count(*) FROM refresh_tokens")).isEqualTo(sessions);
    }

    @Test
    void aCallbackInAnotherBrowserThanTheOneThatStartedIsRefusedAndSpendsTheSignIn() {
        BrowserSession starter = newBrowser();
        String back = throughTheProvider(starter, "/").header("Location");

        assertRefused(callback(newBrowser(), back), 400, "started in another browser", null);
        assertRefused(callback(starter, back), 400, "already used", starter);
    }

    @Test
    void anUnverifiedEmailIsRefused() {
        provider.willIssue("sub-zoe", Map.of("email", "zoe@example.com", "email_verified", false,
                "groups", List.of("recruiting")), 3600);
        BrowserSession browser = newBrowser();

        assertRefused(signInThroughTheProvider(browser, "/"), 403,
                "has not verified your email address zoe@example.com", browser);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        provider.willIssue("sub-zoe", Map.of("email", "zoe@example.com", "email_verified", true,
                "groups", List.of("recruiting"), "aud", "another-application"), 3600);
        BrowserSession browser = newBrowser();

        assertRefused(signInThroughTheProvider(browser, "/"), 401, "meant for another application", browser);
    }

    @Test
    void anExpiredTokenOrOneIssuedInTheFutureIsRefused() {
        provider.willIssue("sub-zoe", Map.of("email", "zoe@example.com", "email_verified", true,
                "groups", List.of("recruiting")), -300);
        BrowserSession browser = newBrowser();
        assertRefused(signInThroughTheProvider(browser, "/"), 401, "has expired", browser);

        provider.willIssue("sub-zoe", Map.of("email", "zoe@example.com", "email_verified", true,
                "groups", List.of("recruiting"), "iat", Instant.now().plusSeconds(3600).getEpochSecond()), 7200);
        BrowserSession another = newBrowser();
        assertRefused(signInThroughTheProvider(another, "/"), 401, "issued in the future", another);
    }

    @Test
    void someoneInNoMappedGroupIsRefusedWithAPageThatSaysSo() {
        providerSignsIn("sub-zoe", "zoe@example.com", "Zoe Park", "everyone", "finance");
        BrowserSession browser = newBrowser();

        Answer refused = signInThroughTheProvider(browser, "/");

        assertRefused(refused, 403, "none of the groups that give a role in Panelist", browser);
        assertThat(refused.text()).contains("hr-admins, recruiting, panel, hiring");
    }

    @Test
    void theProvidersOwnRefusalIsShownAndADeactivatedUserStaysOut() throws Exception {
        BrowserSession browser = newBrowser();
        String authorize = browser.page("/signin/oidc?next=%2F").header("Location");
        Answer denied = callback(browser, server.getURI() + "/signin/oidc/callback?state=" + query(authorize, "state")
                + "&error=access_denied&error_description=The+user+cancelled");
        assertRefused(denied, 401, "did not sign you in (access_denied: The user cancelled)", browser);

        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("UPDATE users SET active = false WHERE email = 'ben@example.com'");
        }
        providerSignsIn("sub-ben", "ben@example.com", "Ben", "panel");
        BrowserSession ben = newBrowser();
        assertRefused(signInThroughTheProvider(ben, "/"), 403, "deactivated", ben);
        assertThat(count("SELECT count(*) FROM oidc_accounts")).isZero();
    }

    private void assertRefused(Answer answer, int status, String reason, BrowserSession browser) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.text()).contains("You are not signed in", reason, "href=\"/signin\"");
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(users);
        assertThat(count("SELECT count(*) FROM audit_events")).isEqualTo(auditEvents);
        if (browser != null) {
            assertThat(browser.cookie(SessionCookies.ACCESS)).isNull();
            assertThat(browser.page("/").text()).contains("Sign in to Panelist");
        }
    }
}
