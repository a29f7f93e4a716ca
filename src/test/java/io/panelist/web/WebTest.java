package io.panelist.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.panelist.shared.SeedContent;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of the web tests: the running server with the demo content (users, the built-in pack, the position and its
 * plan, the candidates, today's and tomorrow's screens with ana's and ben's drafts), seeded again before each test.
 */
@MicronautTest(transactional = false, environments = {"test", "demo"})
abstract class WebTest extends IntegrationTest {
    static final String DEMO_PASSWORD = "panelist-demo";

    @Inject
    List<SeedContent> seeds;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("panelist.packs.builtin", "true");
        return properties;
    }

    @BeforeEach
    void seedTheDemo() {
        seeds.stream().sorted(Comparator.comparingInt(SeedContent::order)).forEach(SeedContent::seed);
    }

    /** The id of the first interview on a user's agenda with this candidate. */
    String interviewWith(String token, String candidateName) {
        for (var item : api.get("/api/v1/me/interviews", token).json().get("items")) {
            if (item.get("candidateName").asText().equals(candidateName)) {
                return item.get("interviewId").asText();
            }
        }
        throw new IllegalStateException(candidateName + " is not on this agenda");
    }

    /** Fills every topic of the caller's scorecard with {@code score}, votes, summarises and submits it. */
    void completeAndSubmit(String token, String interviewId, int score, String summary) {
        String path = "/api/v1/interviews/" + interviewId + "/scorecard";
        var card = api.get(path, token);
        List<Map<String, Object>> topics = new java.util.ArrayList<>();
        card.json().get("topics").forEach(topic -> topics.add(Map.of("topicKey", topic.get("topicKey").asText(),
                "score", score, "notes", "Scored " + score + ".")));
        var saved = api.call("PUT", path).token(token).header("If-Match", card.header("ETag"))
                .json(Map.of("topicScores", topics, "vote", score >= 3 ? "YES" : "NO", "summary", summary)).send();
        if (saved.status() != 200 || api.post(path + "/submit", token, Map.of()).status() != 200) {
            throw new IllegalStateException("could not submit: " + saved);
        }
    }

    /** Empties the caller's draft, so that a test starts from a blank scorecard. */
    void clearDraft(String token, String interviewId) {
        String path = "/api/v1/interviews/" + interviewId + "/scorecard";
        var card = api.get(path, token);
        var cleared = api.call("PUT", path).token(token).header("If-Match", card.header("ETag"))
                .json(Map.of("topicScores", List.of(), "questionNotes", List.of(), "summary", "")).send();
        if (cleared.status() != 200) {
            throw new IllegalStateException("could not clear the draft: " + cleared);
        }
    }

    BrowserSession signIn(String email) {
        BrowserSession browser = new BrowserSession(server.getURI());
        browser.signIn(email, DEMO_PASSWORD);
        return browser;
    }
}
