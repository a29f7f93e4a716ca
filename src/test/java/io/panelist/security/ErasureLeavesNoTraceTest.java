package io.panelist.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TextColumns;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The right to erasure after a whole hiring round: scorecard notes, amendments, decisions and the audit trail all
 * named the candidate, and afterwards no text column of the database (whatever its type: text, varchar, citext,
 * json, jsonb, arrays of them) holds their name, email or phone; their scores still count.
 */
class ErasureLeavesNoTraceTest extends IntegrationTest {
    static final String NAME = "Quinn Østergaard-Li";
    static final String EMAIL = "Quinn.Ostergaard@Example.org";
    static final String PHONE = "+45 20 12 34 56";
    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    String recruiter;
    String manager;

    @BeforeEach
    void aHiringTeam() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        manager = api.login(SchedulingFixtures.MANAGER, TestUsers.PASSWORD);
    }

    @Test
    void afterErasureNoTextColumnHoldsTheNameEmailOrPhoneAndTheScoresStillCount() throws SQLException {
        UUID quinn = fixtures.candidate(team.admin(), NAME, EMAIL, PHONE);
        UUID application = fixtures.application(team.admin(), quinn, opening.positionId());
        UUID interview = fixtures.interview(team.admin(), application, opening.screenStageId(), MONDAY,
                Duration.ofHours(1), team.ana(), team.ben());
        String ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        String ben = api.login(SchedulingFixtures.BEN, TestUsers.PASSWORD);
        scoreAndSubmit(ana, interview, 3);
        scoreAndSubmit(ben, interview, 2);
        amend(ana, interview);
        decideReopenAndDecideAgain(application);
        assertThat(api.get("/api/v1/applications/" + application + "/scorecards", recruiter).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/candidates/" + quinn + "/export", recruiter).text()).contains(NAME, EMAIL, PHONE);
        assertThat(textColumnsHolding(NAME)).as("the round wrote the name well beyond the candidate row")
                .contains("topic_scores.notes", "question_notes.notes", "scorecards.summary",
                        "scorecard_amendments.reason", "decisions.rationale");
        long topicScores = topicScoresOf(application);
        long audit = count("SELECT count(*) FROM audit_events");
        JsonNode before = recommendation(application);

        Answer erased = api.delete("/api/v1/candidates/" + quinn, recruiter);

        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        Map<String, List<String>> leftovers = new LinkedHashMap<>();
        for (String identifier : List.of(NAME, EMAIL, PHONE)) {
            List<String> columns = textColumnsHolding(identifier);
            if (!columns.isEmpty()) {
                leftovers.put(identifier, columns);
            }
        }
        assertThat(leftovers).as("identifier -> columns still holding it").isEmpty();
        assertThat(topicScoresOf(application)).as("topic scores are kept").isEqualTo(topicScores).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM scorecards WHERE application_id = '" + application
                + "' AND status = 'SUBMITTED'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_events")).as("the audit trail stays, one event longer")
                .isEqualTo(audit + 1);
        JsonNode after = recommendation(application);
        assertThat(after.get("scorecardsSubmitted").asInt()).isEqualTo(2);
        assertThat(after.get("overallScore")).isEqualTo(before.get("overallScore"));
        assertThat(after.get("topics").get(0).get("evidence").asInt()).isEqualTo(2);
        assertThat(after.toString()).doesNotContain(NAME, EMAIL, PHONE);
    }

    private void scoreAndSubmit(String token, UUID interview, int score) {
        String path = "/api/v1/interviews/" + interview + "/scorecard";
        Answer read = api.get(path, token);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        String topicKey = read.json().get("topics").get(0).get("topicKey").asText();
        UUID questionId = UUID.fromString(read.json().get("questions").get(0).get("questionId").asText());
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("topicKey", topicKey);
        topic.put("score", score);
        topic.put("notes", NAME + " traced a request end to end; reach her at " + PHONE + ".");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topicScores", List.of(topic));
        body.put("questionNotes", List.of(Map.of("questionId", questionId, "asked", true,
                "notes", "Asked " + NAME.toUpperCase() + " (" + EMAIL.toLowerCase() + ") to draw it.")));
        body.put("vote", score >= 3 ? "YES" : "NO");
        body.put("summary", "Summary for " + NAME + ", " + EMAIL + ", " + PHONE);
        Answer saved = api.call("PUT", path).token(token).header("If-Match", read.header("ETag")).json(body).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Answer submitted = api.call("POST", path + "/submit").token(token).send();
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    private void amend(String token, UUID interview) {
        String path = "/api/v1/interviews/" + interview + "/scorecard";
        String etag = api.get(path, token).header("ETag");
        Answer amended = api.call("POST", path + "/amendments").token(token).header("If-Match", etag)
                .json(Map.of("reason", NAME + " called from " + PHONE + " with a correction",
                        "summary", "Amended: " + NAME + " is strong; " + EMAIL)).send();
        assertThat(amended.status()).as(amended.toString()).isIn(200, 201);
    }

    private void decideReopenAndDecideAgain(UUID application) {
        String path = "/api/v1/applications/" + application;
        Answer first = api.post(path + "/decision", manager, Map.of("outcome", "NO_HIRE",
                "rationale", "We told " + NAME + " by phone (" + PHONE + ") and by mail to " + EMAIL + "."));
        assertThat(first.status()).as(first.toString()).isIn(200, 201);
        Answer reopened = api.post(path + "/reopen", manager, Map.of("reason",
                NAME + " asked for a second look; see " + EMAIL));
        assertThat(reopened.status()).as(reopened.toString()).isIn(200, 201);
        Answer second = api.post(path + "/decision", manager, Map.of("outcome", "NO_HIRE",
                "rationale", "Still no for " + NAME + " after the second look, as agreed on " + PHONE + "."));
        assertThat(second.status()).as(second.toString()).isIn(200, 201);
    }

    private JsonNode recommendation(UUID application) {
        Answer answer = api.get("/api/v1/applications/" + application + "/recommendation", recruiter);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private long topicScoresOf(UUID application) {
        return count("SELECT count(*) FROM topic_scores t JOIN scorecards s ON s.id = t.scorecard_id"
                + " WHERE s.application_id = '" + application + "' AND t.score IS NOT NULL");
    }

    private List<String> textColumnsHolding(String text) throws SQLException {
        try (Connection connection = connect()) {
            return TextColumns.containing(connection, text);
        }
    }
}
