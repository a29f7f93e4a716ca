package io.panelist.web.questionbank;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The live search over HTTP: the whole page, the results alone for htmx, filters, paging and refusals. */
class QuestionSearchPageTest extends WebTest {
    private static final Pattern RESULT = Pattern.compile("class=\"result-link\" href=\"/questions/([0-9a-f-]{36})\"");

    @Test
    void theSearchPageListsTheBankNewestFirstWithFiltersAndPages() {
        Answer page = signIn("recruiter@example.com").page("/questions");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("91 questions, newest first.", "Page 1 of 5", "href=\"/questions?page=1\"",
                "hx-get=\"/questions\"", "hx-trigger=\"input changed delay:300ms from:#q, input changed delay:300ms from:#tag, change from:select, submit\"", "hx-target=\"#results\"",
                "action=\"/questions\" method=\"get\"", "<option value=\"security\">Security</option>",
                "<option value=\"SENIOR\">Senior</option>", "<option value=\"BEHAVIORAL\">Behavioral</option>",
                "<label for=\"tag\">Tag</label>");
        assertThat(results(page)).isEqualTo(20);
    }

    @Test
    void htmxGetsTheResultsAloneRankedForTheWordsTyped() {
        BrowserSession ana = signIn("ana@example.com");
        String token = api.login("ana@example.com", DEMO_PASSWORD);
        long expected = api.get("/api/v1/questions?q=blueprints", token).json().get("total").asLong();
        String first = api.get("/api/v1/questions?q=blueprints", token).json().get("items").get(0).get("id").asText();

        Answer fragment = QuestionBankForms.fragment(ana, "/questions?q=blueprints");
        Answer restored = ana.send("GET", "/questions?q=blueprints", null, null, java.util.Map.of("HX-Request", "true",
                "HX-History-Restore-Request", "true", "Accept", "text/html"));

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.text()).doesNotContain("<html", "<header", "search-form")
                .contains(expected + " questions match “blueprints”, best first.");
        assertThat(results(fragment)).isEqualTo(expected);
        assertThat(firstResult(fragment)).isEqualTo(first);
        assertThat(fragment.header("Vary")).contains("HX-Request");
        assertThat(restored.text()).contains("<html", "search-form", "value=\"blueprints\"");
    }

    @Test
    void filtersCombineAndTheFormWorksWithoutScript() {
        BrowserSession ben = signIn("ben@example.com");
        String token = api.login("ben@example.com", DEMO_PASSWORD);
        long expected = api.get("/api/v1/questions?topic=security&level=SENIOR", token).json().get("total").asLong();
        long tagged = api.get("/api/v1/questions?tag=pytest", token).json().get("total").asLong();

        Answer filtered = ben.page("/questions?q=&topic=security&level=SENIOR&kind=&tag=&retired=");
        Answer byTag = ben.page("/questions?tag=pytest");
        Answer none = ben.page("/questions?q=zeppelin+submarine");

        assertThat(filtered.status()).isEqualTo(200);
        assertThat(results(filtered)).isEqualTo(expected).isPositive();
        assertThat(filtered.text()).contains("<option value=\"security\" selected=\"selected\">Security</option>",
                "<option value=\"SENIOR\" selected=\"selected\">Senior</option>", "href=\"/topics/security\"");
        assertThat(results(byTag)).isEqualTo(tagged).isPositive();
        assertThat(byTag.text()).contains("value=\"pytest\"");
        assertThat(none.text()).contains("No questions match. Try fewer words or clear a filter.");
    }

    @Test
    void theLastPageHasNoNextLinkAndAPreviousOne() {
        Answer last = signIn("ana@example.com").page("/questions?page=4");

        assertThat(last.text()).contains("Page 5 of 5", "href=\"/questions?page=3\"").doesNotContain("rel=\"next\"");
        assertThat(results(last)).isEqualTo(11);
    }

    @Test
    void filtersThatMakeNoSenseAreRefusedInPlainWords() {
        BrowserSession ana = signIn("ana@example.com");

        Answer level = ana.page("/questions?level=EXPERT");
        Answer page = ana.page("/questions?page=-1");
        Answer longTag = ana.page("/questions?tag=" + "x".repeat(41));

        assertThat(level.status()).isEqualTo(400);
        assertThat(level.contentType()).startsWith("text/html");
        assertThat(level.text()).contains("That did not work", "level", "must be Junior, Mid-level or Senior");
        assertThat(page.status()).isEqualTo(400);
        assertThat(longTag.status()).isEqualTo(400);
    }

    @Test
    void signedOutTheSearchGoesToSignIn() {
        Answer answer = new BrowserSession(server.getURI()).page("/questions?q=jwt");

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/signin?next=%2Fquestions%3Fq%3Djwt");
    }

    static long results(Answer answer) {
        Matcher matcher = RESULT.matcher(answer.text());
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static String firstResult(Answer answer) {
        Matcher matcher = RESULT.matcher(answer.text());
        return matcher.find() ? matcher.group(1) : null;
    }
}
