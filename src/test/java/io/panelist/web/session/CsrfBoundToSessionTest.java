package io.panelist.web.session;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.recruiting.RecruiterWebTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSRF token is worth something only for the session it was issued to: the cookie-and-token pair of an anonymous
 * browser, or a token of another session (even of the same person), planted in a signed-in browser is refused on its
 * form posts, script writes and session renewals, and nothing is written; the token issued at sign-in works, also
 * after the session was renewed.
 */
class CsrfBoundToSessionTest extends RecruiterWebTest {
    static final String CSRF_COOKIE = "panelist_csrf";

    @Test
    void anAnonymousBrowsersCookieAndTokenAreRefusedForASignedInRecruiter() {
        BrowserSession attacker = new BrowserSession(server.getURI());
        String planted = BrowserSession.formToken(attacker.page("/signin").text());
        assertThat(attacker.cookie(CSRF_COOKIE)).as("the pair the attacker holds").isEqualTo(planted);
        BrowserSession recruiter = signIn(RECRUITER);
        recruiter.setCookie(CSRF_COOKIE, planted);
        long before = count("SELECT count(*) FROM candidates");

        Answer form = recruiter.postForm("/candidates", Map.of("name", "Planted Form", "email", "form@example.org",
                "csrfToken", planted));
        Answer script = recruiter.script("POST", "/api/v1/candidates", Map.of("name", "Planted Script",
                "email", "script@example.org"), Map.of("X-CSRF-TOKEN", planted));
        Answer htmx = recruiter.send("POST", "/candidates", "name=Planted+Htmx&email=htmx%40example.org&csrfToken="
                + planted, FORM, Map.of("HX-Request", "true", "Accept", "text/html", "X-CSRF-TOKEN", planted));

        assertThat(form.status()).as(form.toString()).isEqualTo(403);
        assertThat(form.text()).contains("did not come from a Panelist page");
        assertThat(script.status()).as(script.toString()).isEqualTo(403);
        assertThat(script.isProblem()).isTrue();
        assertThat(htmx.status()).as(htmx.toString()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(before);
    }

    @Test
    void aTokenOfAnotherSessionIsRefusedEvenOfTheSamePerson() {
        BrowserSession first = signIn(RECRUITER);
        String firstToken = token(first, "/candidates");
        BrowserSession second = signIn(RECRUITER);
        String secondToken = second.cookie(CSRF_COOKIE);
        second.setCookie(CSRF_COOKIE, firstToken);
        long before = count("SELECT count(*) FROM candidates");

        Answer form = second.postForm("/candidates", Map.of("name", "Crossed Form", "email", "crossed@example.org",
                "csrfToken", firstToken));
        Answer script = second.script("POST", "/api/v1/candidates", Map.of("name", "Crossed Script",
                "email", "crossed.script@example.org"), Map.of("X-CSRF-TOKEN", firstToken));
        Answer signOut = second.postForm("/session/signout", Map.of("csrfToken", firstToken));

        assertThat(form.status()).as(form.toString()).isEqualTo(403);
        assertThat(script.status()).as(script.toString()).isEqualTo(403);
        assertThat(signOut.status()).as(signOut.toString()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(before);

        second.setCookie(CSRF_COOKIE, secondToken);
        Answer own = second.postForm("/candidates", Map.of("name", "Own Form", "email", "own@example.org",
                "csrfToken", secondToken));
        assertThat(own.status()).as(own.toString()).isEqualTo(303);
        assertThat(first.postForm("/candidates", Map.of("name", "First Form", "email", "first@example.org",
                "csrfToken", firstToken)).status()).isEqualTo(303);
    }

    @Test
    void theTokenIssuedAtSignInWorksForItsSessionAlsoAfterARenewal() {
        BrowserSession recruiter = new BrowserSession(server.getURI());
        recruiter.signIn(RECRUITER, DEMO_PASSWORD);
        String issued = recruiter.cookie(CSRF_COOKIE);

        assertThat(token(recruiter, "/candidates")).as("the pages hand on the token of the sign-in").isEqualTo(issued);
        Answer script = recruiter.script("POST", "/api/v1/candidates", Map.of("name", "Scripted Person",
                "email", "scripted@example.org"), Map.of("X-CSRF-TOKEN", issued));
        assertThat(script.status()).as(script.toString()).isEqualTo(201);
        Answer renewed = recruiter.script("POST", "/session/refresh", null, Map.of("X-CSRF-TOKEN", issued));
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        Answer form = recruiter.postForm("/candidates", Map.of("name", "Posted Person", "email", "posted@example.org",
                "csrfToken", issued));
        assertThat(form.status()).as(form.toString()).isEqualTo(303);
        assertThat(count("SELECT count(*) FROM candidates WHERE name IN ('Scripted Person', 'Posted Person')"))
                .isEqualTo(2);
    }

    @Test
    void aRenewalNeedsTheCsrfHeaderOfItsSessionEvenWithOnlyTheRefreshCookie() {
        BrowserSession browser = signIn(RECRUITER);
        String token = browser.csrfToken();
        String anonymous = BrowserSession.formToken(new BrowserSession(server.getURI()).page("/signin").text());
        String otherSession = signIn(RECRUITER).cookie(CSRF_COOKIE);
        browser.forget(SessionCookies.ACCESS);
        browser.forget(CSRF_COOKIE);
        String refresh = browser.cookie(SessionCookies.REFRESH);

        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(), Map.of("X-CSRF-TOKEN", ""),
                Map.of("X-CSRF-TOKEN", anonymous), Map.of("X-CSRF-TOKEN", otherSession),
                Map.of("X-CSRF-TOKEN", "made-up.token"))) {
            Answer refused = browser.script("POST", "/session/refresh", null, headers);
            assertThat(refused.status()).as(headers + " -> " + refused).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.problemType()).isEqualTo("forbidden");
            assertThat(browser.cookie(SessionCookies.REFRESH)).isEqualTo(refresh);
        }
        assertThat(count("SELECT count(*) FROM refresh_tokens WHERE used_at IS NOT NULL")).as("nothing spent").isZero();

        Answer renewed = browser.script("POST", "/session/refresh", null, Map.of("X-CSRF-TOKEN", token));
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        assertThat(browser.cookie(SessionCookies.REFRESH)).isNotEqualTo(refresh);
        assertThat(browser.page("/").text()).contains("Sign out");
    }
}
