package io.panelist.questionbank;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.panelist.questionbank.QuestionBankFixtures.QUESTIONS;
import static io.panelist.questionbank.QuestionBankFixtures.TOPICS;
import static io.panelist.questionbank.QuestionBankFixtures.anchor;
import static io.panelist.questionbank.QuestionBankFixtures.anchors;
import static io.panelist.questionbank.QuestionBankFixtures.createQuestion;
import static io.panelist.questionbank.QuestionBankFixtures.createTopic;
import static io.panelist.questionbank.QuestionBankFixtures.question;
import static io.panelist.questionbank.QuestionBankFixtures.topic;
import static io.panelist.questionbank.QuestionBankFixtures.with;
import static io.panelist.questionbank.QuestionBankFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topics with versioned rubrics, questions with revisions, and retiring, through the public API.
 * Search has its own class: {@link QuestionBankSearchApiTest}.
 */
class QuestionBankApiTest extends IntegrationTest {
    @Inject
    TestUsers users;
    String writer;

    @BeforeEach
    void signInAsInterviewer() {
        users.create("ana@example.com", Role.INTERVIEWER);
        writer = api.login("ana@example.com", TestUsers.PASSWORD);
    }

    @Test
    void aTopicIsCreatedWithItsFourAnchorsAndReadBack() {
        Answer created = api.post(TOPICS, writer, topic("security"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/topics/" + id);
        Answer read = api.get(TOPICS + "/" + id, writer);
        assertThat(read.json().get("key").asText()).isEqualTo("security");
        assertThat(read.json().get("rubricVersion").asInt()).isEqualTo(1);
        assertThat(read.json().get("anchors")).extracting(a -> a.get("score").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(read.json().at("/anchors/3/label").asText()).isEqualTo("Strong yes");
        assertThat(read.json().at("/anchors/0/descriptor").asText()).isEqualTo("Cannot explain security at all.");
        assertThat(api.get(TOPICS, writer).json().get("items")).extracting(t -> t.get("key").asText())
                .containsExactly("security");
        assertThat(audits("topic.created")).isEqualTo(1);
    }

    @Test
    void changingTheAnchorsMakesANewRubricVersionAndTheOldOneStaysReadable() {
        String id = createTopic(api, writer, "security");
        List<Map<String, Object>> changed = new ArrayList<>(anchors("security"));
        changed.set(2, anchor(3, "Yes", "Finds the injection in the sample code without help."));

        Answer updated = api.putCurrent(TOPICS + "/" + id, writer, with(topic("security"), "anchors", changed));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("rubricVersion").asInt()).isEqualTo(2);
        assertThat(updated.json().at("/anchors/2/descriptor").asText()).startsWith("Finds the injection");
        JsonNode first = api.get(TOPICS + "/" + id + "?rubricVersion=1", writer).json();
        assertThat(first.get("rubricVersion").asInt()).isEqualTo(1);
        assertThat(first.get("currentRubricVersion").asInt()).isEqualTo(2);
        assertThat(first.at("/anchors/2/descriptor").asText())
                .isEqualTo("Explains security and applies it to a plain case.");
        assertThat(api.get(TOPICS + "/" + id + "?rubricVersion=3", writer).status()).isEqualTo(404);
        assertThat(audits("topic.updated")).isEqualTo(1);
    }

    @Test
    void renamingATopicOrReorderingTheSameAnchorsKeepsItsRubricVersion() {
        String id = createTopic(api, writer, "security");
        List<Map<String, Object>> reversed = new ArrayList<>(anchors("security"));
        java.util.Collections.reverse(reversed);

        Answer renamed = api.putCurrent(TOPICS + "/" + id, writer,
                with(with(topic("security"), "name", "Application security"), "anchors", reversed));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Application security");
        assertThat(renamed.json().get("rubricVersion").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM rubric_versions")).isEqualTo(1);
    }

    @Test
    void aTopicUpdateBasedOnAStaleVersionIsRefused() {
        Answer created = api.post(TOPICS, writer, topic("security"));
        String id = created.json().get("id").asText();
        api.putCurrent(TOPICS + "/" + id, writer, with(topic("security"), "name", "Renamed once"));

        Answer stale = api.call("PUT", TOPICS + "/" + id).token(writer).header("If-Match", created.header("ETag"))
                .json(with(topic("security"), "name", "Lost rename")).send();

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.problemType()).isEqualTo("stale-version");
        assertThat(api.get(TOPICS + "/" + id, writer).json().get("name").asText()).isEqualTo("Renamed once");
    }

    @Test
    void aQuestionIsCreatedWithAGeneratedKeyAndReadBack() {
        createTopic(api, writer, "security");

        Answer created = api.post(QUESTIONS, writer, question("security", "How do you store passwords?"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode read = api.get(QUESTIONS + "/" + created.json().get("id").asText(), writer).json();
        assertThat(read.get("key").asText()).startsWith("security-");
        assertThat(read.get("topicKey").asText()).isEqualTo("security");
        assertThat(read.get("prompt").asText()).isEqualTo("How do you store passwords?");
        assertThat(read.get("level").asText()).isEqualTo("MID");
        assertThat(read.get("followUps")).extracting(JsonNode::asText)
                .containsExactly("What would you change for a larger team?");
        assertThat(read.get("tags")).extracting(JsonNode::asText).containsExactly("flask");
        assertThat(read.get("minutes").asInt()).isEqualTo(8);
        assertThat(read.get("revision").asInt()).isEqualTo(1);
        assertThat(read.get("retired").asBoolean()).isFalse();
        assertThat(audits("question.created")).isEqualTo(1);
    }

    @Test
    void emptyListsAndTextsAreAnsweredAsEmptyRatherThanLeftOut() {
        Answer topic = api.post(TOPICS, writer, without(topic("security"), "description"));
        Answer question = api.post(QUESTIONS, writer,
                with(with(question("security"), "followUps", List.of()), "tags", List.of()));
        Answer noMatches = api.get(QUESTIONS + "?topic=testing", writer);

        assertThat(topic.json().get("description")).as(topic.toString()).isNotNull();
        assertThat(topic.json().get("description").asText()).isEmpty();
        assertThat(question.json().get("followUps")).as(question.toString()).isNotNull().isEmpty();
        assertThat(question.json().get("tags")).as(question.toString()).isNotNull().isEmpty();
        assertThat(noMatches.json().get("items")).as(noMatches.toString()).isNotNull().isEmpty();
    }

    @Test
    void everyEditMakesANewRevisionAndTheOlderOnesStayReadable() {
        createTopic(api, writer, "security");
        String id = createQuestion(api, writer, question("security", "First wording")).get("id").asText();

        api.putCurrent(QUESTIONS + "/" + id, writer, question("security", "Second wording"));
        Answer third = api.putCurrent(QUESTIONS + "/" + id, writer, with(question("security", "Third wording"),
                "level", "SENIOR"));

        assertThat(third.status()).as(third.toString()).isEqualTo(200);
        assertThat(third.json().get("revision").asInt()).isEqualTo(3);
        JsonNode revisions = api.get(QUESTIONS + "/" + id + "/revisions", writer).json();
        assertThat(revisions).extracting(r -> r.get("revision").asInt()).containsExactly(1, 2, 3);
        assertThat(revisions).extracting(r -> r.get("prompt").asText())
                .containsExactly("First wording", "Second wording", "Third wording");
        JsonNode first = api.get(QUESTIONS + "/" + id + "?revision=1", writer).json();
        assertThat(first.get("prompt").asText()).isEqualTo("First wording");
        assertThat(first.get("level").asText()).isEqualTo("MID");
        assertThat(first.get("currentRevision").asInt()).isEqualTo(3);
        assertThat(api.get(QUESTIONS + "/" + id, writer).json().get("prompt").asText()).isEqualTo("Third wording");
        assertThat(audits("question.revised")).isEqualTo(2);
    }

    @Test
    void aRevisionBasedOnAStaleVersionIsRefusedWithTheCurrentVersion() {
        createTopic(api, writer, "security");
        Answer created = api.post(QUESTIONS, writer, question("security", "First wording"));
        String id = created.json().get("id").asText();
        String firstETag = created.header("ETag");
        Answer second = api.call("PUT", QUESTIONS + "/" + id).token(writer).header("If-Match", firstETag)
                .json(question("security", "Second wording")).send();

        Answer stale = api.call("PUT", QUESTIONS + "/" + id).token(writer).header("If-Match", firstETag)
                .json(question("security", "Lost wording")).send();

        assertThat(second.status()).isEqualTo(200);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.problemType()).isEqualTo("stale-version");
        assertThat(stale.json().at("/context/currentVersion").asLong()).isEqualTo(second.json().get("version").asLong());
        assertThat(count("SELECT count(*) FROM question_revisions")).isEqualTo(2);
    }

    @Test
    void concurrentRevisionsAreNumberedWithoutGapsOrDuplicates() throws Exception {
        createTopic(api, writer, "security");
        String id = createQuestion(api, writer, question("security", "Wording 0")).get("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                Map<String, Object> body = question("security", "Wording " + i);
                // each names the version it read (If-Match): one that lost the race reads again and retries
                answers.add(pool.submit(() -> {
                    Answer answer = api.putCurrent(QUESTIONS + "/" + id, writer, body);
                    for (int tries = 0; answer.status() == 412 && tries < 20; tries++) {
                        answer = api.putCurrent(QUESTIONS + "/" + id, writer, body);
                    }
                    return answer;
                }));
            }
            for (Future<Answer> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        JsonNode revisions = api.get(QUESTIONS + "/" + id + "/revisions", writer).json();
        assertThat(revisions).extracting(r -> r.get("revision").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(api.get(QUESTIONS + "/" + id, writer).json().get("revision").asInt()).isEqualTo(7);
        assertThat(audits("question.revised")).isEqualTo(6);
    }

    @Test
    void aRetiredQuestionLeavesSearchButStaysReadableUntilReinstated() {
        createTopic(api, writer, "security");
        String kept = createQuestion(api, writer, question("security", "Kept question")).get("key").asText();
        String id = createQuestion(api, writer, question("security", "Retired question")).get("id").asText();

        Answer retired = api.post(QUESTIONS + "/" + id + "/retire", writer, null);

        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().get("retired").asBoolean()).isTrue();
        assertThat(field(QUESTIONS, "key")).containsExactly(kept);
        assertThat(field(QUESTIONS + "?retired=true", "id")).containsExactly(id);
        assertThat(api.get(QUESTIONS + "/" + id, writer).json().get("prompt").asText()).isEqualTo("Retired question");
        assertThat(audits("question.retired")).isEqualTo(1);

        Answer reinstated = api.post(QUESTIONS + "/" + id + "/reinstate", writer, null);

        assertThat(reinstated.json().get("retired").asBoolean()).isFalse();
        assertThat(field(QUESTIONS, "id")).contains(id).hasSize(2);
        assertThat(field(QUESTIONS + "?retired=true", "id")).isEmpty();
        assertThat(audits("question.reinstated")).isEqualTo(1);
    }

    private List<String> field(String path, String name) {
        Answer answer = api.get(path, writer);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
        assertThat(answer.json().get("items")).as(path + " " + answer).isNotNull();
        List<String> values = new ArrayList<>();
        answer.json().get("items").forEach(item -> values.add(item.get(name).asText()));
        return values;
    }

    private long audits(String action) {
        return count("SELECT count(*) FROM audit_events WHERE action = '" + action + "'");
    }
}
