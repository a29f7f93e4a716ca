package io.panelist.questionbank;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.Api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Valid topic, question and pack documents for the question bank tests; each test changes only what it is about. */
final class QuestionBankFixtures {
    static final String TOPICS = "/api/v1/topics";
    static final String QUESTIONS = "/api/v1/questions";
    static final String PACKS = "/api/v1/question-packs";
    static final String EXPORT = "/api/v1/question-packs/export";
    static final String FORMAT = "panelist-pack/1";

    /** Every table a question bank write touches; a refused request leaves all of them as they were. */
    static final List<String> BANK_TABLES = List.of("topics", "rubric_versions", "questions", "question_revisions",
            "audit_events");

    private QuestionBankFixtures() {
    }

    /** Row counts of {@link #BANK_TABLES}, read through the test's own {@code count}. */
    static Map<String, Long> bankRows(ToLongFunction<String> count) {
        Map<String, Long> rows = new LinkedHashMap<>();
        BANK_TABLES.forEach(table -> rows.put(table, count.applyAsLong("SELECT count(*) FROM " + table)));
        return rows;
    }

    /** A topic as {@code POST /api/v1/topics} takes it, with four anchors whose descriptors mention {@code key}. */
    static Map<String, Object> topic(String key) {
        return mutable(Map.of("key", key, "name", "Topic " + key,
                "description", "What a candidate knows about " + key + ".", "anchors", anchors(key)));
    }

    static List<Map<String, Object>> anchors(String about) {
        return List.of(anchor(1, "Strong no", "Cannot explain " + about + " at all."),
                anchor(2, "No", "Knows the words of " + about + " but not how it works."),
                anchor(3, "Yes", "Explains " + about + " and applies it to a plain case."),
                anchor(4, "Strong yes", "Weighs the trade-offs of " + about + " with real examples."));
    }

    static Map<String, Object> anchor(int score, String label, String descriptor) {
        return mutable(Map.of("score", score, "label", label, "descriptor", descriptor));
    }

    /** A question as {@code POST /api/v1/questions} takes it, without a key (the server makes one). */
    static Map<String, Object> question(String topicKey, String prompt) {
        return mutable(Map.of("topicKey", topicKey, "level", "MID", "kind", "CONCEPT", "prompt", prompt,
                "guidance", "A strong answer names the moving parts and says when each one matters.",
                "followUps", List.of("What would you change for a larger team?"), "tags", List.of("flask"),
                "minutes", 8));
    }

    static Map<String, Object> question(String topicKey) {
        return question(topicKey, "How does the application context differ from the request context?");
    }

    /** A question as a pack holds it: with a stable key. */
    static Map<String, Object> packQuestion(String key, String topicKey) {
        return with(question(topicKey, "Explain what " + key + " is about and where it goes wrong."), "key", key);
    }

    static Map<String, Object> pack(List<? extends Map<String, ?>> topics, List<? extends Map<String, ?>> questions) {
        return mutable(Map.of("format", FORMAT, "topics", topics, "questions", questions));
    }

    /** A copy of {@code base} with one field replaced (or added). */
    static Map<String, Object> with(Map<String, ?> base, String field, Object value) {
        Map<String, Object> copy = mutable(base);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, ?> base, String field) {
        Map<String, Object> copy = mutable(base);
        copy.remove(field);
        return copy;
    }

    /** Creates a topic through the API and answers its id. */
    static String createTopic(Api api, String token, String key) {
        return created(api.post(TOPICS, token, topic(key))).get("id").asText();
    }

    /** Creates a question through the API and answers what the server made of it. */
    static JsonNode createQuestion(Api api, String token, Map<String, ?> question) {
        return created(api.post(QUESTIONS, token, question));
    }

    private static JsonNode created(Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("expected 201 but got " + answer);
        }
        return answer.json();
    }

    private static Map<String, Object> mutable(Map<String, ?> map) {
        return new LinkedHashMap<>(map);
    }
}
