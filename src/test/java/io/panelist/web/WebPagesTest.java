package io.panelist.web;

import io.panelist.support.Answer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages over HTTP: what each role's home shows, the scoring page, object-level refusals, headers and CSP. */
class WebPagesTest extends WebTest {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void theScoringPageShowsTheStageKitAndTheDraft() {
        String ana = api.login("ana@example.com", DEMO_PASSWORD);
        String interviewId = interviewWith(ana, "Mateo García");
        var card = api.get("/api/v1/interviews/" + interviewId + "/scorecard", ana).json();

        Answer page = signIn("ana@example.com").page("/interviews/" + interviewId + "/scorecard");

        assertThat(page.status()).isEqualTo(200);
        card.get("topics").forEach(topic -> {
            assertThat(page.text()).contains("id=\"topic-" + topic.get("topicKey").asText() + "\"");
            topic.get("anchors").forEach(anchor -> assertThat(page.text()).contains(escape(anchor.get("descriptor").asText())));
        });
        card.get("questions").forEach(question -> assertThat(page.text())
                .contains("data-question-id=\"" + question.get("questionId").asText() + "\""));
        assertThat(page.text()).contains("Guidance and follow-ups", "Not assessed", "Overall vote", "Strong yes",
                "data-etag=\"&quot;" + card.get("version").asLong() + "&quot;\"", "data-read-only=\"false\"",
                "Submit scorecard", card.get("summary").asText());
        assertThat(page.text()).doesNotContain("id=\"panel\"");
    }

    @Test
    void aForeignInterviewIsNotFoundAsAPage() {
        UUID foreign = interviewWithoutAna();
        BrowserSession ana = signIn("ana@example.com");

        Answer page = ana.page("/interviews/" + foreign + "/scorecard");
        Answer panel = ana.page("/interviews/" + foreign + "/scorecard/panel");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("Nothing here").doesNotContain("Chloe Martin");
        assertThat(panel.status()).isEqualTo(404);
        assertThat(ana.page("/interviews/not-an-id/scorecard").status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM scorecards WHERE interview_id = '" + foreign + "'")).isZero();
    }

    @Test
    void thePanelsScorecardsStayHiddenUntilYourOwnIsSubmitted() {
        String ana = api.login("ana@example.com", DEMO_PASSWORD);
        String ben = api.login("ben@example.com", DEMO_PASSWORD);
        String interviewId = interviewWith(ana, "Mateo García");
        completeAndSubmit(ben, interviewId, 2, "Ben's summary: solid basics.");
        BrowserSession browser = signIn("ana@example.com");
        String panel = "/interviews/" + interviewId + "/scorecard/panel";

        Answer before = browser.send("GET", panel, null, null, Map.of("HX-Request", "true", "Accept", "text/html"));
        assertThat(before.status()).isEqualTo(403);
        assertThat(before.text()).contains("Submit your own scorecards").doesNotContain("Ben's summary");
        assertThat(browser.page("/interviews/" + interviewId + "/scorecard").text()).doesNotContain("Ben's summary");

        completeAndSubmit(ana, interviewId, 3, "Ana's summary.");
        Answer page = browser.page("/interviews/" + interviewId + "/scorecard");
        Answer after = browser.send("GET", panel, null, null, Map.of("HX-Request", "true", "Accept", "text/html"));

        assertThat(page.text()).contains("data-read-only=\"true\"", "id=\"panel\"", "hx-get=\"" + panel + "\"")
                .doesNotContain("Submit scorecard");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.text()).contains("Ben Interviewer", "Ben&#39;s summary: solid basics.")
                .doesNotContain("Ana&#39;s summary.");
    }

    @Test
    void theHomePageReloadsTheAgendaAsAFragment() {
        BrowserSession ana = signIn("ana@example.com");
        Map<String, String> htmx = Map.of("HX-Request", "true", "Accept", "text/html",
                "HX-Current-URL", server.getURI().resolve("/?week=1").toString());

        Answer fragment = ana.send("GET", "/agenda", null, null, htmx);
        Answer direct = ana.page("/agenda");
        Answer signedOut = new BrowserSession(server.getURI()).send("GET", "/agenda", null, null, htmx);

        assertThat(ana.page("/").text()).contains("hx-get=\"/agenda\"", "hx-trigger=\"every 60s\"");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.text()).contains("Mateo García", "Your interviews").doesNotContain("<html", "<header");
        assertThat(direct.status()).isEqualTo(303);
        assertThat(direct.header("Location")).isEqualTo("/");
        assertThat(signedOut.status()).isEqualTo(401);
        assertThat(signedOut.header("HX-Redirect")).isEqualTo("/signin?next=%2F%3Fweek%3D1");
    }

    @Test
    void eachRoleHomeShowsWhatItHas() {
        assertThat(signIn("manager@example.com").page("/").text())
                .contains("Positions you hire for", "Backend Engineer (Flask)").doesNotContain("Overdue scorecards");
        assertThat(signIn("recruiter@example.com").page("/").text())
                .contains("Overdue scorecards").doesNotContain("Positions you hire for");
        assertThat(signIn("admin@example.com").page("/").text()).contains("Administration", "/swagger-ui/index.html");
        assertThat(signIn("ben@example.com").page("/").text()).contains("Your interviews", "Mateo García");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPagesRunNoInlineScript() {
        String ana = api.login("ana@example.com", DEMO_PASSWORD);
        String interviewId = interviewWith(ana, "Mateo García");
        BrowserSession browser = signIn("ana@example.com");
        List<Answer> pages = List.of(new BrowserSession(server.getURI()).page("/signin"), browser.page("/"),
                browser.page("/interviews/" + interviewId + "/scorecard"), browser.page("/no-such-page"));
        List<Answer> others = List.of(api.get("/api/v1/me", ana), api.get("/health", null),
                api.get("/api/v1/me", null), api.get("/assets/css/panelist.css", null));

        for (Answer answer : concat(pages, others)) {
            assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        }
        for (Answer page : pages) {
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe");
            assertThat(INLINE_SCRIPT.matcher(page.text()).find()).as(page.text()).isFalse();
            assertThat(INLINE_HANDLER.matcher(page.text()).find()).as(page.text()).isFalse();
        }
        assertThat(browser.page("/no-such-page").status()).isEqualTo(404);
        // a Basic challenge would make browsers open a password dialog over the page
        assertThat(api.get("/api/v1/me", null).header("WWW-Authenticate")).isNull();
        assertThat(api.get("/api/v1/no-such-thing", ana).isProblem()).isTrue();
    }

    @Test
    void aPageRefusedByRoleIsA403PageNotARedirect() {
        Answer refused = signIn("ana@example.com").page("/admin/users");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.text()).contains("Ana Interviewer", "Sign out");
    }

    @Test
    void aTemplateThatFailsWhileRenderingAnswersA500PageInsteadOfHanging() {
        Answer broken = new BrowserSession(server.getURI()).page("/test-only/broken-page");

        assertThat(broken.status()).isEqualTo(500);
        assertThat(broken.contentType()).startsWith("text/html");
        assertThat(broken.text()).contains("Something went wrong", "Quote request")
                .doesNotContain("noSuchMethod", "never rendered");
    }

    @Test
    void theScriptsStylesAndHtmxAreServedWithoutSigningIn() {
        for (String asset : List.of("/assets/js/session.js", "/assets/js/scorecard.js", "/assets/css/panelist.css",
                "/webjars/htmx.org/2.0.4/dist/htmx.min.js")) {
            Answer answer = api.get(asset, null);
            assertThat(answer.status()).as(asset).isEqualTo(200);
            assertThat(answer.text()).as(asset).isNotBlank();
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }

    private static List<Answer> concat(List<Answer> a, List<Answer> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
