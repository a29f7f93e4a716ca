package io.panelist.questionbank;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.panelist.questionbank.QuestionBankFixtures.EXPORT;
import static io.panelist.questionbank.QuestionBankFixtures.FORMAT;
import static io.panelist.questionbank.QuestionBankFixtures.PACKS;
import static io.panelist.questionbank.QuestionBankFixtures.QUESTIONS;
import static io.panelist.questionbank.QuestionBankFixtures.TOPICS;
import static io.panelist.questionbank.QuestionBankFixtures.anchor;
import static io.panelist.questionbank.QuestionBankFixtures.anchors;
import static io.panelist.questionbank.QuestionBankFixtures.bankRows;
import static io.panelist.questionbank.QuestionBankFixtures.createQuestion;
import static io.panelist.questionbank.QuestionBankFixtures.createTopic;
import static io.panelist.questionbank.QuestionBankFixtures.pack;
import static io.panelist.questionbank.QuestionBankFixtures.packQuestion;
import static io.panelist.questionbank.QuestionBankFixtures.question;
import static io.panelist.questionbank.QuestionBankFixtures.topic;
import static io.panelist.questionbank.QuestionBankFixtures.with;
import static io.panelist.questionbank.QuestionBankFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

/** Question packs: all-or-nothing import with counts, idempotent re-import, and export that reproduces the bank. */
class QuestionPackApiTest extends IntegrationTest {
    @Inject
    TestUsers users;
    String writer;
    UUID writerId;

    @BeforeEach
    void signInAsHiringManager() {
        writerId = users.create("mo@example.com", Role.HIRING_MANAGER);
        writer = api.login("mo@example.com", TestUsers.PASSWORD);
    }

    @Test
    void anImportCreatesTopicsAndQuestionsAndReportsTheCounts() {
        Map<String, Long> before = bankRows(this::count);

        Answer answer = api.post(PACKS, writer, twoTopicPack());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertCounts(answer.json().get("topics"), 2, 0, 0);
        assertCounts(answer.json().get("questions"), 3, 0, 0);
        assertThat(api.get(TOPICS, writer).json().get("items")).extracting(t -> t.get("key").asText())
                .containsExactlyInAnyOrder("security", "testing");
        assertThat(api.get(QUESTIONS + "?topic=security", writer).json().get("total").asLong()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'pack.imported' AND actor_id = '"
                + writerId + "'")).isEqualTo(1);
        assertThat(bankRows(this::count).get("audit_events")).isEqualTo(before.get("audit_events") + 1);
    }

    @Test
    void importingTheSamePackTwiceChangesNothingTheSecondTime() {
        api.post(PACKS, writer, twoTopicPack());
        Map<String, Long> afterFirst = bankRows(this::count);
        afterFirst.remove("audit_events");

        Answer again = api.post(PACKS, writer, twoTopicPack());

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertCounts(again.json().get("topics"), 0, 0, 2);
        assertCounts(again.json().get("questions"), 0, 0, 3);
        Map<String, Long> afterSecond = bankRows(this::count);
        afterSecond.remove("audit_events");
        assertThat(afterSecond).isEqualTo(afterFirst);
    }

    @Test
    void aChangedPackUpdatesOnlyWhatChanged() {
        api.post(PACKS, writer, twoTopicPack());
        Map<String, Object> changed = twoTopicPack();
        List<Map<String, Object>> newAnchors = new ArrayList<>(anchors("security"));
        newAnchors.set(3, anchor(4, "Strong yes", "Threat-models the feature unprompted."));
        changed.put("topics", List.of(with(topic("security"), "anchors", newAnchors), topic("testing")));
        changed.put("questions", List.of(packQuestion("sec-passwords", "security"),
                with(packQuestion("sec-tokens", "security"), "minutes", 12), packQuestion("test-fixtures", "testing")));

        Answer answer = api.post(PACKS, writer, changed);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertCounts(answer.json().get("topics"), 0, 1, 1);
        assertCounts(answer.json().get("questions"), 0, 1, 2);
        JsonNode tokens = api.get(QUESTIONS + "?tag=flask&q=tokens", writer).json().at("/items/0");
        assertThat(tokens.get("minutes").asInt()).isEqualTo(12);
        assertThat(tokens.get("revision").asInt()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM rubric_versions")).isEqualTo(3);
    }

    @Test
    void aPackCanRetireAQuestionAndSayingSoAgainChangesNothing() {
        api.post(PACKS, writer, twoTopicPack());
        Map<String, Object> retiring = twoTopicPack();
        retiring.put("questions", List.of(packQuestion("sec-passwords", "security"),
                with(packQuestion("sec-tokens", "security"), "retired", true), packQuestion("test-fixtures", "testing")));

        Answer first = api.post(PACKS, writer, retiring);
        Answer second = api.post(PACKS, writer, retiring);

        assertCounts(first.json().get("questions"), 0, 1, 2);
        assertCounts(second.json().get("questions"), 0, 0, 3);
        assertThat(api.get(QUESTIONS + "?retired=true", writer).json().get("items"))
                .extracting(q -> q.get("key").asText()).containsExactly("sec-tokens");
    }

    @Test
    void theBuiltInPackImportsThroughTheApiAndAgainWithoutChanges() throws IOException {
        String builtIn;
        try (InputStream in = getClass().getResourceAsStream("/packs/flask-backend.json")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode document = Api.JSON.readTree(builtIn);

        Answer first = api.call("POST", PACKS).token(writer).raw(builtIn, "application/json").send();
        Answer second = api.call("POST", PACKS).token(writer).raw(builtIn, "application/json").send();

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertCounts(first.json().get("topics"), document.get("topics").size(), 0, 0);
        assertCounts(first.json().get("questions"), document.get("questions").size(), 0, 0);
        assertCounts(second.json().get("topics"), 0, 0, document.get("topics").size());
        assertCounts(second.json().get("questions"), 0, 0, document.get("questions").size());
    }

    @Test
    void aPackWithAnyProblemIsRefusedWholeWithEveryProblemPointedAtAndNothingWritten() {
        createTopic(api, writer, "existing");
        createQuestion(api, writer, question("existing"));
        Map<String, Long> before = bankRows(this::count);
        Map<String, Object> bad = twoTopicPack();
        bad.put("topics", List.of(topic("security"), with(topic("testing"), "anchors", anchors("testing").subList(0, 3))));
        bad.put("questions", List.of(packQuestion("sec-passwords", "security"),
                with(packQuestion("sec-tokens", "security"), "level", "EXPERT"),
                with(packQuestion("test-fixtures", "testing"), "minutes", 0),
                packQuestion("orphan", "no-such-topic"),
                with(packQuestion("blank", "existing"), "prompt", " "),
                packQuestion("sec-passwords", "security")));

        Answer answer = api.post(PACKS, writer, bad);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.problemType()).isEqualTo("pack-invalid");
        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).contains("/topics/1/anchors",
                "/questions/1/level", "/questions/2/minutes", "/questions/3/topicKey", "/questions/4/prompt",
                "/questions/5/key");
        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText())
                .noneMatch(field -> field.startsWith("/questions/0") || field.startsWith("/topics/0"));
        answer.json().get("errors").forEach(e -> assertThat(e.get("message").asText()).isNotBlank());
        assertThat(bankRows(this::count)).isEqualTo(before);
    }

    @Test
    void aPackInTheWrongFormatWithDuplicateOrMissingKeysIsRefused() {
        Map<String, Object> bad = with(twoTopicPack(), "format", "panelist-pack/99");
        bad.put("topics", List.of(topic("security"), topic("security")));
        bad.put("questions", List.of(without(packQuestion("sec-passwords", "security"), "key")));

        Answer answer = api.post(PACKS, writer, bad);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.problemType()).isEqualTo("pack-invalid");
        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("/format", "/topics/1/key", "/questions/0/key");
        assertThat(count("SELECT count(*) FROM topics")).isZero();
    }

    @Test
    void anExportImportedIntoAnEmptiedDatabaseReproducesTheBank() throws SQLException {
        buildABankThroughTheApi();
        Answer export = api.get(EXPORT, writer);
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        JsonNode original = export.json();
        assertThat(original.get("format").asText()).isEqualTo(FORMAT);
        assertThat(original.get("topics")).hasSize(2);
        assertThat(original.get("questions")).hasSize(4);

        emptyTheBank();
        Answer imported = api.call("POST", PACKS).token(writer).raw(export.text(), "application/json").send();

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertCounts(imported.json().get("topics"), 2, 0, 0);
        assertCounts(imported.json().get("questions"), 4, 0, 0);
        JsonNode reproduced = api.get(EXPORT, writer).json();
        assertThat(byKey(reproduced.get("topics"))).isEqualTo(byKey(original.get("topics")));
        assertThat(byKey(reproduced.get("questions"))).isEqualTo(byKey(original.get("questions")));
        assertThat(byKey(reproduced.get("questions")).values()).filteredOn(q -> q.path("retired").asBoolean())
                .extracting(q -> q.get("prompt").asText()).containsExactly("Retired question about storage");
        assertThat(api.get(QUESTIONS + "?retired=true", writer).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anExportImportedBackIntoTheSameBankChangesNothing() {
        buildABankThroughTheApi();
        Map<String, Long> before = bankRows(this::count);
        before.remove("audit_events");
        Answer export = api.get(EXPORT, writer);

        Answer imported = api.call("POST", PACKS).token(writer).raw(export.text(), "application/json").send();

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertCounts(imported.json().get("topics"), 0, 0, 2);
        assertCounts(imported.json().get("questions"), 0, 0, 4);
        Map<String, Long> after = bankRows(this::count);
        after.remove("audit_events");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anExportOfOneTopicHoldsOnlyThatTopicAndItsQuestions() {
        buildABankThroughTheApi();

        Answer export = api.get(EXPORT + "?topic=testing", writer);

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.json().get("topics")).extracting(t -> t.get("key").asText()).containsExactly("testing");
        assertThat(export.json().get("topics").get(0).get("anchors")).hasSize(4);
        assertThat(export.json().get("questions")).extracting(q -> q.get("topicKey").asText())
                .containsExactly("testing", "testing");
        Answer unknown = api.get(EXPORT + "?topic=no-such-topic", writer);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    /** Two topics (one with a second rubric version), four questions: one revised, one retired, one with a given key. */
    private void buildABankThroughTheApi() {
        String security = createTopic(api, writer, "security");
        createTopic(api, writer, "testing");
        List<Map<String, Object>> stricter = new ArrayList<>(anchors("security"));
        stricter.set(1, anchor(2, "No", "Knows hashing matters but picks a fast hash."));
        api.putCurrent(TOPICS + "/" + security, writer, with(topic("security"), "anchors", stricter));
        String revised = createQuestion(api, writer, question("security", "How do you store passwords?")).get("id").asText();
        api.putCurrent(QUESTIONS + "/" + revised, writer, with(question("security",
                "How do you store passwords safely?"),
                "followUps", List.of("Which hash?", "What about pepper?")));
        String retired = createQuestion(api, writer, question("security", "Retired question about storage"))
                .get("id").asText();
        api.post(QUESTIONS + "/" + retired + "/retire", writer, null);
        createQuestion(api, writer, with(with(question("testing", "How do pytest fixtures work?"), "key", "pytest-fixtures"),
                "tags", List.of("pytest", "fixtures")));
        createQuestion(api, writer, with(with(question("testing", "Design a CI pipeline."), "level", "SENIOR"),
                "kind", "DESIGN"));
    }

    private void emptyTheBank() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE topics, questions CASCADE");
        }
        assertThat(count("SELECT count(*) FROM question_revisions")).isZero();
    }

    private static Map<String, Object> twoTopicPack() {
        return pack(List.of(topic("security"), topic("testing")), List.of(packQuestion("sec-passwords", "security"),
                packQuestion("sec-tokens", "security"), packQuestion("test-fixtures", "testing")));
    }

    private static Map<String, JsonNode> byKey(JsonNode items) {
        Map<String, JsonNode> byKey = new TreeMap<>();
        items.forEach(item -> byKey.put(item.get("key").asText(), item));
        return byKey;
    }

    private static void assertCounts(JsonNode counts, int created, int updated, int unchanged) {
        assertThat(counts.get("created").asInt()).as("created in " + counts).isEqualTo(created);
        assertThat(counts.get("updated").asInt()).as("updated in " + counts).isEqualTo(updated);
        assertThat(counts.get("unchanged").asInt()).as("unchanged in " + counts).isEqualTo(unchanged);
    }
}
