package io.panelist.web.questionbank;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A topic's page (its rubric, the rubric's versions, its questions) and the packs page. */
class TopicAndPackPagesTest extends WebTest {

    @Test
    void aTopicShowsItsFourAnchorsItsRubricVersionsAndItsQuestions() {
        String ana = api.login("ana@example.com", DEMO_PASSWORD);
        JsonNode topic = topic(ana, "security");
        long questions = api.get("/api/v1/questions?topic=security", ana).json().get("total").asLong();

        Answer page = signIn("recruiter@example.com").page("/topics/security");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(QuestionBankForms.escaped(topic.get("name").asText()), "Version 1", "First version.",
                "Strong no", "Strong yes", "href=\"/questions?topic=security\"");
        topic.get("anchors").forEach(a -> assertThat(page.text()).contains(QuestionBankForms.escaped(a.get("descriptor").asText())));
        assertThat(page.text().split("class=\"rubric-anchor card").length - 1).isEqualTo(4);
        assertThat(QuestionSearchPageTest.results(page)).isZero();
        assertThat(page.text().split("<a href=\"/questions/[0-9a-f-]{36}\"").length - 1).isEqualTo((int) questions);
    }

    @Test
    void newAnchorsMakeASecondVersionAndTheFirstStaysReadable() {
        String ana = api.login("ana@example.com", DEMO_PASSWORD);
        JsonNode topic = topic(ana, "testing-ci");
        String old = topic.get("anchors").get(2).get("descriptor").asText();
        List<Map<String, Object>> anchors = new ArrayList<>();
        topic.get("anchors").forEach(a -> anchors.add(Map.of("score", a.get("score").asInt(), "label",
                a.get("label").asText(), "descriptor", a.get("score").asInt() == 3
                        ? "Writes focused pytest tests with fixtures and explains what each one protects."
                        : a.get("descriptor").asText())));
        assertThat(api.putCurrent("/api/v1/topics/" + topic.get("id").asText(), ana, Map.of("key", "testing-ci",
                "name", topic.get("name").asText(), "description", topic.get("description").asText(),
                "anchors", anchors)).status()).isEqualTo(200);

        Answer page = signIn("ana@example.com").page("/topics/" + topic.get("id").asText());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Version 2", "Rewrote anchor 3 (Yes).", "Read version 1",
                "Writes focused pytest tests with fixtures", QuestionBankForms.escaped(old));
    }

    @Test
    void anUnknownTopicIsANotFoundPage() {
        BrowserSession ana = signIn("ana@example.com");

        Answer byKey = ana.page("/topics/no-such-topic");
        Answer byId = ana.page("/topics/" + UUID.randomUUID());
        Answer tooLong = ana.page("/topics/" + "x".repeat(300));

        assertThat(byKey.status()).isEqualTo(404);
        assertThat(byKey.text()).contains("Nothing here", "There is no topic no-such-topic in the question bank.");
        assertThat(byId.status()).isEqualTo(404);
        assertThat(tooLong.status()).isEqualTo(404);
        assertThat(tooLong.text()).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void thePacksPageOffersImportToCuratorsAndExportToEveryone() {
        Answer curator = signIn("manager@example.com").page("/questions/packs");
        Answer recruiter = signIn("recruiter@example.com").page("/questions/packs");

        assertThat(curator.status()).isEqualTo(200);
        assertThat(curator.text()).contains("id=\"pack-form\"", "id=\"pack-file\"", "<progress id=\"pack-bar\"",
                "href=\"/api/v1/question-packs/export\"", "<option value=\"security\">Only Security</option>",
                "/assets/js/bank.js");
        assertThat(recruiter.status()).isEqualTo(200);
        assertThat(recruiter.text()).doesNotContain("id=\"pack-form\"").contains("you\n        can export them",
                "href=\"/api/v1/question-packs/export\"");
    }

    @Test
    void thePageScriptsImportThroughTheApiWithTheSessionCookieAndTheCsrfHeader() {
        BrowserSession browser = signIn("ana@example.com");
        Map<String, Object> pack = Map.of("format", "panelist-pack/1", "topics", List.of(), "questions", List.of(
                Map.of("key", "web-test-question", "topicKey", "security", "level", "MID", "kind", "CONCEPT",
                        "prompt", "Where do you keep a Flask app's secret key?", "guidance", "Not in the repository.",
                        "minutes", 5)));
        long before = count("SELECT count(*) FROM questions");

        Answer forged = browser.script("POST", "/api/v1/question-packs", pack, Map.of("Accept", "application/json"));
        Answer imported = browser.script("POST", "/api/v1/question-packs", pack, Map.of("Accept", "application/json",
                "X-CSRF-TOKEN", browser.csrfToken()));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("questions").get("created").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM questions")).isEqualTo(before + 1);
    }

    @Test
    void theRubricHistoryOfATopicIsReadOldestFirst() {
        String ana = api.login("ana@example.com", DEMO_PASSWORD);
        UUID id = UUID.fromString(topic(ana, "security").get("id").asText());
        var topics = server.getApplicationContext().getBean(io.panelist.questionbank.topics.TopicService.class);

        var versions = topics.rubricVersions(id);

        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).version()).isEqualTo(1);
        assertThat(versions.get(0).anchors()).extracting(a -> a.score()).containsExactly(1, 2, 3, 4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> topics.rubricVersions(UUID.randomUUID()))
                .isInstanceOf(io.panelist.shared.problem.NotFoundException.class);
    }

    @Test
    void theBankAndAdminPagesRunNoInlineScriptOrStyle() {
        String ana = api.login("ana@example.com", DEMO_PASSWORD);
        String question = api.get("/api/v1/questions?q=blueprints", ana).json().get("items").get(0).get("id").asText();
        BrowserSession curator = signIn("ana@example.com");
        BrowserSession admin = signIn("admin@example.com");
        List<Answer> pages = List.of(curator.page("/questions"), curator.page("/questions/" + question),
                curator.page("/topics/security"), curator.page("/questions/packs"), admin.page("/admin/users"),
                admin.page("/admin/users/new"), admin.page("/admin/audit"), curator.page("/admin/users"));
        java.util.regex.Pattern inline = java.util.regex.Pattern.compile(
                "<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=|<style", java.util.regex.Pattern.CASE_INSENSITIVE);

        for (Answer page : pages) {
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(inline.matcher(page.text()).find()).as(page.text()).isFalse();
        }
    }

    private JsonNode topic(String token, String key) {
        for (JsonNode topic : api.get("/api/v1/topics?size=100", token).json().get("items")) {
            if (topic.get("key").asText().equals(key)) {
                return topic;
            }
        }
        throw new IllegalStateException("no topic " + key);
    }
}
