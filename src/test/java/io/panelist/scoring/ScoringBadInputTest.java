package io.panelist.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.scoring.ScoringFixtures.completeDraft;
import static io.panelist.scoring.ScoringFixtures.draft;
import static io.panelist.scoring.ScoringFixtures.fields;
import static io.panelist.scoring.ScoringFixtures.note;
import static io.panelist.scoring.ScoringFixtures.save;
import static io.panelist.scoring.ScoringFixtures.score;
import static io.panelist.scoring.ScoringFixtures.scorecard;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad scorecard input answers a 4xx problem+json, never a 500, and none of it changes the draft. */
class ScoringBadInputTest extends IntegrationTest {
    private static final String TOO_LONG = "x".repeat(10_001);
    @Inject
    ScoringFixtures fixtures;
    ScoringFixtures.Scene scene;
    String ana;
    String path;
    String etag;

    @BeforeEach
    void anaHasSavedADraft() {
        scene = fixtures.scene(api);
        ana = scene.team().ana();
        path = "/api/v1/interviews/" + scene.interviewId() + "/scorecard";
        save(api, ana, scene.interviewId(), scorecard(api, ana, scene.interviewId()).header("ETag"),
                completeDraft(scene.hiring(), "The stored draft."));
        etag = "\"1\"";
    }

    @Test
    void aScoreOutsideOneToFourIsABadRequest() {
        for (int bad : new int[] {0, 5, -1}) {
            Answer answer = save(api, ana, scene.interviewId(), etag, draft(List.of(score("security", bad, "")),
                    List.of(), "YES", "Out of range."));

            assertProblem(answer, 400);
            assertThat(fields(answer)).as(answer.toString()).containsExactly("topicScores[0].score");
        }
        assertDraftUnchanged();
    }

    @Test
    void aTopicTheStageDoesNotAssessIsUnprocessable() {
        Answer otherTopic = save(api, ana, scene.interviewId(), etag, draft(List.of(score("security", 3, ""),
                score("collaboration", 3, "")), List.of(), "YES", "Wrong topic."));
        Answer noSuchTopic = save(api, ana, scene.interviewId(), etag, draft(List.of(score("no-such-topic", 3, "")),
                List.of(), "YES", "Unknown topic."));

        assertProblem(otherTopic, 422);
        assertThat(fields(otherTopic)).containsExactly("topicScores[1].topicKey");
        assertProblem(noSuchTopic, 422);
        assertThat(fields(noSuchTopic)).containsExactly("topicScores[0].topicKey");
        assertDraftUnchanged();
    }

    @Test
    void aQuestionTheStageDoesNotAskIsUnprocessable() {
        Answer otherStage = save(api, ana, scene.interviewId(), etag, draft(List.of(),
                List.of(note(scene.hiring().csrfQuestionId(), true, "")), "YES", "Wrong question."));
        Answer unknown = save(api, ana, scene.interviewId(), etag, draft(List.of(),
                List.of(note(scene.hiring().jwtQuestionId(), true, ""), note(UUID.randomUUID(), true, "")), "YES",
                "Unknown question."));

        assertProblem(otherStage, 422);
        assertThat(fields(otherStage)).containsExactly("questionNotes[0].questionId");
        assertProblem(unknown, 422);
        assertThat(fields(unknown)).containsExactly("questionNotes[1].questionId");
        assertDraftUnchanged();
    }

    @Test
    void notesOfMoreThanTenThousandCharactersAreABadRequest() {
        Answer topicNotes = save(api, ana, scene.interviewId(), etag, draft(List.of(score("security", 3, TOO_LONG)),
                List.of(), "YES", "Long topic notes."));
        Answer questionNotes = save(api, ana, scene.interviewId(), etag, draft(List.of(),
                List.of(note(scene.hiring().jwtQuestionId(), true, TOO_LONG)), "YES", "Long question notes."));
        Answer summary = save(api, ana, scene.interviewId(), etag, draft(List.of(), List.of(), "YES", TOO_LONG));

        assertProblem(topicNotes, 400);
        assertThat(fields(topicNotes)).containsExactly("topicScores[0].notes");
        assertProblem(questionNotes, 400);
        assertThat(fields(questionNotes)).containsExactly("questionNotes[0].notes");
        assertProblem(summary, 400);
        assertThat(fields(summary)).containsExactly("summary");
        assertDraftUnchanged();
    }

    @Test
    void notesOfExactlyTenThousandCharactersAreKept() {
        String longest = "y".repeat(10_000);

        Answer answer = save(api, ana, scene.interviewId(), etag, draft(List.of(score("security", 3, longest)),
                List.of(note(scene.hiring().jwtQuestionId(), true, longest)), "YES", longest));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("topics").get(0).get("notes").asText()).hasSize(10_000);
    }

    @Test
    void aMalformedIfMatchFailsThePrecondition() {
        for (String bad : List.of("abc", "\"abc\"", "\"1", "W/\"one\"", "\"99999999999999999999\"")) {
            Answer answer = save(api, ana, scene.interviewId(), bad, completeDraft(scene.hiring(), "Overwrite."));

            assertProblem(answer, 412);
            assertThat(answer.problemType()).as(bad).isEqualTo("stale-version");
            assertThat(answer.json().get("context").get("currentVersion").asLong()).isEqualTo(1);
        }
        assertDraftUnchanged();
    }

    @Test
    void malformedJsonAndWrongTypesAreBadRequests() {
        List<String> bodies = List.of("{\"topicScores\": ", "[]", "{\"vote\": \"MAYBE\"}",
                "{\"topicScores\": [{\"topicKey\": \"security\", \"score\": \"three\"}]}",
                "{\"topicScores\": [{\"score\": 3}]}",
                "{\"topicScores\": [null]}",
                "{\"questionNotes\": [{\"questionId\": \"not-a-uuid\"}]}",
                "{\"topicScores\": {\"topicKey\": \"security\"}}");
        for (String body : bodies) {
            Answer answer = api.call("PUT", path).token(ana).header("If-Match", etag).raw(body, "application/json")
                    .send();

            assertThat(answer.status()).as(body + " -> " + answer).isEqualTo(400);
            assertThat(answer.isProblem()).as(body).isTrue();
            assertThat(answer.text()).as(body).doesNotContain("io.panelist", "Exception");
        }
        Answer amendment = api.call("POST", path + "/amendments").token(ana).header("If-Match", etag)
                .raw("{\"reason\": ", "application/json").send();
        assertProblem(amendment, 400);
        assertDraftUnchanged();
    }

    @Test
    void aFractionalScoreIsABadRequestNotRoundedToAWholeOne() {
        Answer answer = api.call("PUT", path).token(ana).header("If-Match", etag).raw(
                "{\"topicScores\": [{\"topicKey\": \"security\", \"score\": 2.5}], \"vote\": \"NO\"}",
                "application/json").send();

        String stored = scorecard(api, ana, scene.interviewId()).json().get("topics").get(0).get("score").asText();
        assertThat(answer.status()).as(answer.status() + ", and the stored score is now " + stored).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertDraftUnchanged();
    }

    @Test
    void anInvalidUuidInThePathIsRefused() {
        List<Answer> answers = List.of(api.get("/api/v1/interviews/not-a-uuid/scorecard", ana),
                api.call("PUT", "/api/v1/interviews/not-a-uuid/scorecard").token(ana).header("If-Match", etag)
                        .json(completeDraft(scene.hiring(), "x")).send(),
                api.call("POST", "/api/v1/interviews/not-a-uuid/scorecard/submit").token(ana).send(),
                api.get("/api/v1/applications/not-a-uuid/scorecards", scene.team().admin()));

        for (Answer answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isIn(400, 404);
            assertThat(answer.isProblem()).isTrue();
        }
    }

    @Test
    void bothAScoreAndANotAssessedReasonForOneTopicIsUnprocessable() {
        Map<String, Object> both = new LinkedHashMap<>(score("security", 3, ""));
        both.put("notAssessedReason", "Did not ask.");

        Answer answer = save(api, ana, scene.interviewId(), etag, draft(List.of(both), List.of(), "YES", "Both."));

        assertProblem(answer, 422);
        assertThat(fields(answer)).containsExactly("topicScores[0]");
        assertDraftUnchanged();
    }

    @Test
    void badPagingOfTheOverdueListIsABadRequest() {
        for (String query : List.of("?size=101", "?size=0", "?page=-1", "?size=abc")) {
            Answer answer = api.get("/api/v1/scorecards/overdue" + query, scene.team().admin());

            assertProblem(answer, 400);
        }
    }

    private void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.json().get("type").asText()).isNotBlank();
    }

    /** The draft saved before each test is still there, whole, at version 1. */
    private void assertDraftUnchanged() {
        JsonNode card = scorecard(api, ana, scene.interviewId()).json();
        assertThat(card.get("version").asLong()).isEqualTo(1);
        assertThat(card.get("summary").asText()).isEqualTo("The stored draft.");
        assertThat(card.get("topics").get(0).get("score").asInt()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM topic_scores")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM question_notes")).isEqualTo(1);
    }
}
