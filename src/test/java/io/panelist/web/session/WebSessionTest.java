package io.panelist.web.session;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out of the pages, the session cookies, renewal, and CSRF on forms and on script calls. */
class WebSessionTest extends WebTest {

    @Test
    void signingInSetsHttpOnlyStrictCookiesAndOpensTheHome() {
        BrowserSession browser = new BrowserSession(server.getURI());
        Answer signedIn = browser.signIn("ana@example.com", DEMO_PASSWORD);

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/");
        String access = browser.lastSetCookies().get(SessionCookies.ACCESS).get(0);
        String refresh = browser.lastSetCookies().get(SessionCookies.REFRESH).get(0);
        assertThat(access).contains("HTTPOnly", "SameSite=Strict", "Path=/", "Max-Age=900");
        assertThat(refresh).contains("HTTPOnly", "SameSite=Strict", "Path=/session");
        assertThat(browser.lastSetCookies()).containsKey("panelist_csrf");

        Answer home = browser.page("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("Hello, Ana", "Your interviews", "Mateo García", "Chloe Martin");
        long expires = Long.parseLong(home.text().replaceAll("(?s).*data-session-expires=\"(\\d+)\".*", "$1"));
        assertThat(expires).isBetween(System.currentTimeMillis() + 800_000, System.currentTimeMillis() + 901_000);
    }

    @Test
    void aWrongPasswordShowsTheFormAgainAndSetsNoSession() {
        BrowserSession browser = new BrowserSession(server.getURI());
        Answer refused = browser.signIn("ana@example.com", "not-the-password");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.text()).contains("do not match an active account", "value=\"ana@example.com\"");
        assertThat(browser.cookie(SessionCookies.ACCESS)).isNull();
        assertThat(browser.signIn("nobody@example.com", DEMO_PASSWORD).text())
                .contains("do not match an active account");
    }

    @Test
    void aSignInFormWithoutItsCsrfTokenIsRefused() {
        BrowserSession browser = new BrowserSession(server.getURI());
        browser.page("/signin");
        Answer forged = browser.postForm("/signin", Map.of("email", "ana@example.com", "password", DEMO_PASSWORD));
        Answer wrongToken = browser.postForm("/signin", Map.of("email", "ana@example.com", "password", DEMO_PASSWORD,
                "csrfToken", "made-up.token"));

        assertThat(forged.status()).isEqualTo(303);
        assertThat(forged.header("Location")).isEqualTo("/signin?expired=true");
        assertThat(wrongToken.header("Location")).isEqualTo("/signin?expired=true");
        assertThat(browser.cookie(SessionCookies.ACCESS)).isNull();
        assertThat(browser.page("/signin?expired=true").text()).contains("expired");
    }

    @Test
    void aSignedOutVisitGoesToSignInAndComesBackToThePage() {
        String ana = api.login("ana@example.com", DEMO_PASSWORD);
        String page = "/interviews/" + interviewWith(ana, "Mateo García") + "/scorecard";
        BrowserSession browser = new BrowserSession(server.getURI());

        Answer visit = browser.page(page);
        assertThat(visit.status()).isEqualTo(303);
        assertThat(visit.header("Location")).isEqualTo("/signin?next=" + page.replace("/", "%2F"));

        Answer form = browser.page(visit.header("Location"));
        assertThat(form.text()).contains("name=\"next\" value=\"" + page + "\"");
        Answer signedIn = browser.postForm("/signin", Map.of("email", "ana@example.com", "password", DEMO_PASSWORD,
                "next", page, "csrfToken", BrowserSession.formToken(form.text())));
        assertThat(signedIn.header("Location")).isEqualTo(page);
        assertThat(browser.page(page).text()).contains("Mateo García", "Submit scorecard");
    }

    @Test
    void theReturnPathNeverLeavesTheSite() {
        for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "evil")) {
            BrowserSession browser = new BrowserSession(server.getURI());
            Answer form = browser.page("/signin");
            Answer signedIn = browser.postForm("/signin", Map.of("email", "ana@example.com",
                    "password", DEMO_PASSWORD, "next", next, "csrfToken", BrowserSession.formToken(form.text())));
            assertThat(signedIn.header("Location")).as(next).isEqualTo("/");
        }
    }

    @Test
    void aLapsedAccessTokenIsRenewedFromTheRefreshCookieAndASpentOneEndsTheSession() {
        BrowserSession browser = signIn("ana@example.com");
        String firstRefresh = browser.cookie(SessionCookies.REFRESH);
        String csrf = browser.csrfToken();
        browser.forget(SessionCookies.ACCESS);

        Answer visit = browser.page("/?from=agenda");
        assertThat(visit.status()).isEqualTo(303);
        assertThat(visit.header("Location")).isEqualTo("/session/renew?next=%2F%3Ffrom%3Dagenda");
        Answer renewed = browser.page(visit.header("Location"));
        assertThat(renewed.status()).isEqualTo(303);
        assertThat(renewed.header("Location")).isEqualTo("/?from=agenda");
        assertThat(browser.cookie(SessionCookies.REFRESH)).isNotEqualTo(firstRefresh);
        assertThat(browser.page("/").text()).contains("Hello, Ana");

        // the first refresh token was spent by the renewal: presenting it again ends the whole session
        String rotated = browser.cookie(SessionCookies.REFRESH);
        browser.setCookie(SessionCookies.REFRESH, firstRefresh);
        Answer reuse = browser.page("/session/renew?next=%2F");
        assertThat(reuse.header("Location")).isEqualTo("/signin?next=%2F");
        browser.setCookie(SessionCookies.REFRESH, rotated);
        assertThat(browser.script("POST", "/session/refresh", null, Map.of("X-CSRF-TOKEN", csrf)).status())
                .isEqualTo(401);
    }

    @Test
    void aPageScriptRenewsTheSessionWithoutLeavingThePage() {
        BrowserSession browser = signIn("ana@example.com");
        String refresh = browser.cookie(SessionCookies.REFRESH);

        Answer refreshed = browser.script("POST", "/session/refresh", null, Map.of("X-CSRF-TOKEN", browser.csrfToken()));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("expiresIn").asInt()).isEqualTo(900);
        assertThat(browser.lastSetCookies().get(SessionCookies.ACCESS).get(0)).contains("Max-Age=900");
        assertThat(browser.cookie(SessionCookies.REFRESH)).isNotEqualTo(refresh);
        assertThat(browser.page("/").status()).isEqualTo(200);
    }

    @Test
    void signingOutRevokesTheRefreshTokenAndClearsTheCookies() {
        BrowserSession browser = signIn("ana@example.com");
        String refresh = browser.cookie(SessionCookies.REFRESH);
        String token = BrowserSession.formToken(browser.page("/").text());

        Answer signedOut = browser.postForm("/session/signout", Map.of("csrfToken", token));

        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(signedOut.header("Location")).isEqualTo("/signin?signedOut=true");
        assertThat(browser.cookie(SessionCookies.ACCESS)).isNull();
        assertThat(browser.page("/").text()).contains("Sign in to Panelist");
        browser.setCookie(SessionCookies.REFRESH, refresh);
        assertThat(browser.script("POST", "/session/refresh", null, Map.of("X-CSRF-TOKEN", token)).status())
                .isEqualTo(401);
        assertThat(count("SELECT count(*) FROM refresh_tokens WHERE revoked_at IS NULL AND used_at IS NULL"))
                .isZero();
    }

    @Test
    void aSignOutWithoutTheFormsCsrfTokenIsRefusedAndTheSessionGoesOn() {
        BrowserSession browser = signIn("ana@example.com");

        Answer forged = browser.postForm("/session/signout", Map.of());
        Answer wrong = browser.postForm("/session/signout", Map.of("csrfToken", "made-up.token"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.contentType()).startsWith("text/html");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(browser.page("/").text()).contains("Hello, Ana");
        assertThat(browser.script("POST", "/session/refresh", null, Map.of("X-CSRF-TOKEN", browser.csrfToken()))
                .status()).isEqualTo(200);
    }

    @Test
    void anHtmxFormPostNeedsTheCsrfHeader() {
        BrowserSession browser = signIn("ana@example.com");
        Map<String, String> htmx = Map.of("HX-Request", "true", "Accept", "text/html");

        Answer refused = browser.send("POST", "/session/signout", "csrfToken=" + browser.csrfToken(),
                "application/x-www-form-urlencoded", htmx);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.text()).contains("did not come from a Panelist page");
        assertThat(browser.page("/").text()).contains("Hello, Ana");
    }

    @Test
    void aScriptWriteWithTheSessionCookieNeedsTheCsrfHeaderButABearerCallDoesNot() {
        String ana = api.login("ana@example.com", DEMO_PASSWORD);
        String path = "/api/v1/interviews/" + interviewWith(ana, "Mateo García") + "/scorecard";
        BrowserSession browser = signIn("ana@example.com");
        String etag = api.get(path, ana).header("ETag");
        Map<String, Object> draft = Map.of("summary", "Typed on the page.");

        Answer withoutHeader = browser.script("PUT", path, draft, Map.of("If-Match", etag));
        assertThat(withoutHeader.status()).isEqualTo(403);
        assertThat(withoutHeader.isProblem()).isTrue();
        assertThat(api.get(path, ana).header("ETag")).isEqualTo(etag);

        Answer withHeader = browser.script("PUT", path, draft, Map.of("If-Match", etag,
                "X-CSRF-TOKEN", browser.csrfToken()));
        assertThat(withHeader.status()).isEqualTo(200);
        assertThat(withHeader.json().get("summary").asText()).isEqualTo("Typed on the page.");

        Answer bearer = api.call("PUT", path).token(ana).header("If-Match", withHeader.header("ETag"))
                .json(Map.of("summary", "From a client.")).send();
        assertThat(bearer.status()).isEqualTo(200);
    }
}
