package io.panelist.questionbank;

import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to the question bank answers a 4xx problem+json naming the field, never a 500, and writes nothing. */
class QuestionBankBadInputTest extends IntegrationTest {
    @Inject
    TestUsers users;
    String writer;
    String topicId;
    Map<String, Long> before;

    @BeforeEach
    void signInWithOneTopic() {
        users.create("ana@example.com", Role.INTERVIEWER);
        writer = api.login("ana@example.com", TestUsers.PASSWORD);
        topicId = createTopic(api, writer, "security");
        before = bankRows(this::count);
    }

    @Test
    void anEmptyOrBlankPromptIsRefused() {
        for (String prompt : new String[] {"", "   ", "\t\n"}) {
            assertProblem(api.post(QUESTIONS, writer, question("security", prompt)), 400, "prompt");
        }
        assertProblem(api.post(QUESTIONS, writer, with(question("security"), "prompt", null)), 400, "prompt");
        assertNothingWritten();
    }

    @Test
    void controlCharactersThatLeaveNothingOfATextAreRefusedAsInvalid() {
        Map<String, Answer> answers = Map.of(
                "prompt", api.post(QUESTIONS, writer, question("security", "\u0000")),
                "prompt ", api.post(QUESTIONS, writer, question("security", "\u0001\u0002")),
                "guidance", api.post(QUESTIONS, writer, with(question("security"), "guidance", "\u0000")),
                "name", api.post(TOPICS, writer, with(topic("testing"), "name", "\u0000")));

        assertNothingWritten();
        SoftAssertions.assertSoftly(softly -> answers.forEach((field, answer) -> {
            softly.assertThat(answer.status()).as(field + " -> " + answer).isEqualTo(400);
            softly.assertThat(answer.text()).as(field).contains("\"field\":\"" + field.trim() + "\"");
        }));
    }

    @Test
    void aNulCharacterInsideAPromptIsStrippedOrRefusedWithoutLeakingSql() {
        Answer answer = api.post(QUESTIONS, writer, question("security", "Before\u0000after"));

        assertThat(answer.status()).as(answer.toString()).isIn(201, 400);
        if (answer.status() == 400) {
            assertProblem(answer, 400, null);
            assertNothingWritten();
        }
    }

    @Test
    void aQuestionForAnUnknownTopicIsUnprocessable() {
        assertProblem(api.post(QUESTIONS, writer, question("no-such-topic")), 422, "topicKey");
        assertNothingWritten();
    }

    @Test
    void anUnknownLevelOrKindIsABadRequest() {
        assertProblem(api.post(QUESTIONS, writer, with(question("security"), "level", "EXPERT")), 400, null);
        assertProblem(api.post(QUESTIONS, writer, with(question("security"), "kind", "ESSAY")), 400, null);
        assertProblem(api.post(QUESTIONS, writer, with(question("security"), "level", null)), 400, "level");
        assertNothingWritten();
    }

    @Test
    void minutesOutsideOneToNinetyAreRefused() {
        for (int minutes : new int[] {0, 1000, -5, 91}) {
            assertProblem(api.post(QUESTIONS, writer, with(question("security"), "minutes", minutes)), 400, "minutes");
        }
        assertNothingWritten();
        assertThat(api.post(QUESTIONS, writer, with(question("security"), "minutes", 90)).status()).isEqualTo(201);
        assertThat(api.post(QUESTIONS, writer, with(question("security"), "minutes", 1)).status()).isEqualTo(201);
    }

    @Test
    void aOneMegabytePromptIsRefusedAndALongOneNamesThePrompt() {
        Answer huge = api.post(QUESTIONS, writer, question("security", "p".repeat(1_048_576)));

        assertThat(huge.status()).as(huge.toString()).isIn(400, 413);
        assertThat(huge.isProblem()).isTrue();
        assertProblem(api.post(QUESTIONS, writer, question("security", "p".repeat(2001))), 400, "prompt");
        assertProblem(api.post(QUESTIONS, writer, with(question("security"), "guidance", "g".repeat(4001))), 400,
                "guidance");
        assertNothingWritten();
    }

    @Test
    void aDuplicateTopicKeyConflicts() {
        Answer answer = api.post(TOPICS, writer, with(topic("security"), "name", "Another security"));

        assertProblem(answer, 409, null);
        assertThat(answer.problemType()).isEqualTo("topic-key-taken");
        assertNothingWritten();
    }

    @Test
    void aRubricNeedsExactlyOneAnchorForEachScore() {
        List<Map<String, Object>> three = anchors("x").subList(0, 3);
        List<Map<String, Object>> duplicate = List.of(anchor(1, "a", "d"), anchor(2, "b", "d"), anchor(2, "c", "d"),
                anchor(4, "d", "d"));
        List<Map<String, Object>> five = List.of(anchor(1, "a", "d"), anchor(2, "b", "d"), anchor(3, "c", "d"),
                anchor(5, "e", "d"));
        List<Map<String, Object>> blank = List.of(anchor(1, "a", " "), anchor(2, "b", "d"), anchor(3, "c", "d"),
                anchor(4, "d", "d"));

        SoftAssertions.assertSoftly(softly -> {
            for (List<Map<String, Object>> anchors : List.of(three, duplicate, five, blank)) {
                for (Answer answer : List.of(api.post(TOPICS, writer, with(topic("testing"), "anchors", anchors)),
                        api.putCurrent(TOPICS + "/" + topicId, writer, with(topic("security"), "anchors", anchors)))) {
                    softly.assertThat(answer.status()).as(anchors + " " + answer).isEqualTo(400);
                    softly.assertThat(answer.isProblem()).isTrue();
                    softly.assertThat(answer.text()).as(anchors.toString()).contains("anchors");
                }
            }
        });
        assertNothingWritten();
    }

    @Test
    void aTopicKeyMustBeASlug() {
        for (String key : new String[] {"Security", "two words", "-dash", "x".repeat(61), ""}) {
            assertProblem(api.post(TOPICS, writer, with(topic("placeholder"), "key", key)), 400, "key");
        }
        assertNothingWritten();
    }

    @Test
    void aTopicKeyNeverChanges() {
        Answer answer = api.putCurrent(TOPICS + "/" + topicId, writer, topic("secure-coding"));

        assertProblem(answer, 422, "key");
        assertThat(answer.problemType()).isEqualTo("key-immutable");
        assertThat(api.get(TOPICS + "/" + topicId, writer).json().get("key").asText()).isEqualTo("security");
        assertNothingWritten();
    }
    @Test
    void aQuestionKeyCannotChangeOnRevision() {
        String id = createQuestion(api, writer, question("security")).get("id").asText();
        long revisions = count("SELECT count(*) FROM question_revisions");

        Answer answer = api.putCurrent(QUESTIONS + "/" + id, writer, with(question("security"), "key", "another-key"));

        assertProblem(answer, 422, null);
        assertThat(answer.problemType()).isEqualTo("key-immutable");
        assertThat(count("SELECT count(*) FROM question_revisions")).isEqualTo(revisions);
    }

    @Test
    void malformedJsonAndWrongTypesAreBadRequests() {
        Map<String, String> wrongTypes = Map.of(TOPICS, "{\"key\": 5, \"name\": [], \"anchors\": {}}",
                TOPICS + "/" + topicId, "{\"key\": \"security\", \"anchors\": \"four\"}",
                QUESTIONS, "{\"minutes\": \"ten\", \"tags\": 5, \"level\": 3}",
                PACKS, "{\"format\": \"panelist-pack/1\", \"topics\": \"all\", \"questions\": 7}");
        SoftAssertions.assertSoftly(softly -> wrongTypes.forEach((path, wrong) -> {
            String method = path.equals(TOPICS + "/" + topicId) ? "PUT" : "POST";
            for (String body : List.of("{\"key\": ", "nonsense", "[]", "", wrong)) {
                Answer answer = api.call(method, path).token(writer).ifMatchCurrent().raw(body, "application/json")
                        .send();
                softly.assertThat(answer.status()).as(method + " " + path + " " + body + " -> " + answer).isEqualTo(400);
                softly.assertThat(answer.isProblem()).as(path + " " + body).isTrue();
            }
        }));
        assertNothingWritten();
    }

    @Test
    void wrongTypesInsideAPackAreListedWithPointersLikeAnyOtherProblem() {
        Map<String, Object> wrong = pack(List.of(topic("pack-topic")), List.of(
                with(packQuestion("one", "pack-topic"), "minutes", "ten"),
                with(packQuestion("two", "pack-topic"), "level", "EXPERT")));

        Answer answer = api.post(PACKS, writer, wrong);

        assertProblem(answer, 422, "/questions/0/minutes");
        assertThat(answer.problemType()).isEqualTo("pack-invalid");
        assertProblem(answer, 422, "/questions/1/level");
        assertNothingWritten();
    }

    @Test
    void hostileOrOutOfRangeSearchParametersAreProblemsNeverFailures() {
        SoftAssertions.assertSoftly(softly -> {
            for (String query : List.of("q=" + "a".repeat(5001), "level=EXPERT", "kind=essay", "page=x",
                    "size=1e9", "topic=" + "t".repeat(61))) {
                Answer answer = api.get(QUESTIONS + "?" + query, writer);
                String shown = query.length() > 40 ? query.substring(0, 40) + "..." : query;
                softly.assertThat(answer.status()).as(shown + " -> " + answer).isBetween(400, 499);
                softly.assertThat(answer.isProblem()).as(shown).isTrue();
            }
            for (String query : List.of("q=%27%3B%20DROP%20TABLE%20questions%3B--", "q=%00", "q=%22", "tag=%27",
                    "topic=%27%20OR%20%271%27%3D%271", "retired=maybe")) {
                softly.assertThat(api.get(QUESTIONS + "?" + query, writer).status()).as(query).isIn(200, 400);
            }
        });
        assertThat(count("SELECT count(*) FROM topics")).isEqualTo(1);
    }

    @Test
    void unknownIdsAndRevisionsAreNotFound() {
        String id = createQuestion(api, writer, question("security")).get("id").asText();
        UUID unknown = UUID.randomUUID();

        assertProblem(api.get(TOPICS + "/" + unknown, writer), 404, null);
        assertProblem(api.get(TOPICS + "/" + topicId + "?rubricVersion=9", writer), 404, null);
        assertProblem(api.get(QUESTIONS + "/" + unknown, writer), 404, null);
        assertProblem(api.get(QUESTIONS + "/" + id + "?revision=9", writer), 404, null);
        assertProblem(api.get(QUESTIONS + "/" + unknown + "/revisions", writer), 404, null);
        assertProblem(api.putCurrent(QUESTIONS + "/" + unknown, writer, question("security")), 404, null);
        assertProblem(api.post(QUESTIONS + "/" + unknown + "/retire", writer, null), 404, null);
        assertProblem(api.get(QUESTIONS + "/" + id + "?revision=0", writer), 400, null);
        assertThat(api.get(QUESTIONS + "/not-a-uuid", writer).status()).isIn(400, 404);
    }

    @Test
    void aPackPromptThatIsOnlyANulCharacterIsRefusedWholeWithItsPointer() {
        Map<String, Object> hostile = pack(List.of(topic("pack-topic")), List.of(packQuestion("fine", "pack-topic"),
                with(packQuestion("nul", "pack-topic"), "prompt", "\u0000")));

        Answer answer = api.post(PACKS, writer, hostile);

        assertNothingWritten();
        assertProblem(answer, 422, "/questions/1/prompt");
        assertThat(answer.problemType()).isEqualTo("pack-invalid");
    }

    private void assertNothingWritten() {
        assertThat(bankRows(this::count)).isEqualTo(before);
    }

    private static void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("type").asText()).startsWith("urn:panelist:problem:");
        assertThat(answer.text()).doesNotContain("Exception", "at io.", "SQL");
        if (field != null) {
            assertThat(answer.json().get("errors")).as(answer.toString()).extracting(e -> e.get("field").asText())
                    .contains(field);
        }
    }
}
