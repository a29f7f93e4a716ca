package io.panelist.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.panelist.scoring.ScoringFixtures.amend;
import static io.panelist.scoring.ScoringFixtures.applicationScorecards;
import static io.panelist.scoring.ScoringFixtures.completeDraft;
import static io.panelist.scoring.ScoringFixtures.fillAndSubmit;
import static io.panelist.scoring.ScoringFixtures.save;
import static io.panelist.scoring.ScoringFixtures.score;
import static io.panelist.scoring.ScoringFixtures.scorecard;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After submission a scorecard changes only through an amendment: by its author, with a reason, under If-Match; the
 * scorecard shows its current values and the history (who, when, why, before and after), and the audit log holds it.
 */
class ScoringAmendmentsApiTest extends IntegrationTest {
    @Inject
    ScoringFixtures fixtures;
    ScoringFixtures.Scene scene;
    ScoringFixtures.Team team;

    @BeforeEach
    void anInterviewWithAnaAndBenOnThePanel() {
        scene = fixtures.scene(api);
        team = scene.team();
    }

    @Test
    void anAmendmentChangesTheSubmittedScorecardAndShowsItsHistory() {
        Answer submitted = fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.");
        Map<String, Object> body = amendment("Mixed up two candidates' notes.");
        body.put("topicScores", List.of(score("security", 2, "Could not explain token expiry.")));
        body.put("vote", "NO");

        Answer amended = amend(api, team.ana(), scene.interviewId(), submitted.header("ETag"), body);

        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        JsonNode card = amended.json();
        assertThat(card.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(card.get("version").asLong()).isEqualTo(submitted.json().get("version").asLong() + 1);
        assertThat(amended.header("ETag")).isEqualTo("\"" + card.get("version").asLong() + "\"");
        assertThat(card.get("vote").asText()).isEqualTo("NO");
        assertThat(card.get("summary").asText()).isEqualTo("Hire.");
        assertThat(card.get("topics").get(0).get("score").asInt()).isEqualTo(2);
        assertThat(card.get("topics").get(0).get("notes").asText()).isEqualTo("Could not explain token expiry.");
        assertThat(card.get("topics").get(1).get("notAssessedReason").asText()).isEqualTo("Ran out of time.");
        assertThat(card.get("amendments")).hasSize(1);
        JsonNode history = card.get("amendments").get(0);
        assertThat(history.get("authorId").asText()).isEqualTo(team.anaId().toString());
        assertThat(history.get("authorName").asText()).isEqualTo("Ana");
        assertThat(history.get("reason").asText()).isEqualTo("Mixed up two candidates' notes.");
        assertThat(history.get("createdAt").asText()).isNotBlank();
        assertThat(changes(history)).containsExactlyInAnyOrder(
                "topicScores/security/score: 3 -> 2",
                "topicScores/security/notes: Explained signing and expiry well. -> Could not explain token expiry.",
                "vote: YES -> NO");
        assertThat(scorecard(api, team.ana(), scene.interviewId()).json().get("amendments")).isEqualTo(card.get("amendments"));
    }

    @Test
    void theAmendedValuesAreWhatReviewersSee() {
        Answer submitted = fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.");
        Map<String, Object> body = amendment("Typo in the summary.");
        body.put("summary", "Hire, with a mentor for testing.");

        amend(api, team.ana(), scene.interviewId(), submitted.header("ETag"), body);
        Answer reviewed = applicationScorecards(api, team.manager(), scene.applicationId());

        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json()).hasSize(1);
        assertThat(reviewed.json().get(0).get("summary").asText()).isEqualTo("Hire, with a mentor for testing.");
        assertThat(reviewed.json().get(0).get("amendments").get(0).get("reason").asText())
                .isEqualTo("Typo in the summary.");
    }

    @Test
    void everyAmendmentLeavesAnAuditEventWithItsReasonAndChanges() {
        Answer submitted = fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.");
        String scorecardId = submitted.json().get("id").asText();
        Map<String, Object> body = amendment("Second thoughts after the debrief.");
        body.put("vote", "STRONG_YES");

        amend(api, team.ana(), scene.interviewId(), submitted.header("ETag"), body);
        Answer audit = api.get("/api/v1/audit?entityType=scorecard&entityId=" + scorecardId, team.admin());

        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        List<JsonNode> amended = new ArrayList<>();
        audit.json().get("items").forEach(event -> {
            if (event.get("action").asText().equals("scorecard.amended")) {
                amended.add(event);
            }
        });
        assertThat(amended).hasSize(1);
        JsonNode event = amended.get(0);
        assertThat(event.get("actorId").asText()).isEqualTo(team.anaId().toString());
        assertThat(event.get("details").get("reason").asText()).isEqualTo("Second thoughts after the debrief.");
        assertThat(event.get("details").get("changes").toString()).contains("STRONG_YES");
    }

    @Test
    void anAmendmentChangesOnlyTheFieldsItNames() {
        Answer submitted = fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.");
        Map<String, Object> body = amendment("Scored security one too high.");
        Map<String, Object> securityScoreOnly = new LinkedHashMap<>(Map.of("topicKey", "security", "score", 2));
        body.put("topicScores", List.of(securityScoreOnly));

        Answer amended = amend(api, team.ana(), scene.interviewId(), submitted.header("ETag"), body);

        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        JsonNode security = amended.json().get("topics").get(0);
        assertThat(security.get("score").asInt()).isEqualTo(2);
        assertThat(security.get("notes").asText()).as("notes the amendment did not name")
                .isEqualTo("Explained signing and expiry well.");
        assertThat(changes(amended.json().get("amendments").get(0))).containsExactly("topicScores/security/score: 3 -> 2");
    }

    @Test
    void aDraftIsSavedNotAmended() {
        String etag = scorecard(api, team.ana(), scene.interviewId()).header("ETag");
        save(api, team.ana(), scene.interviewId(), etag, completeDraft(scene.hiring(), "Draft."));

        Answer answer = amend(api, team.ana(), scene.interviewId(), "\"1\"", withVote("Too early.", "NO"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.problemType()).isEqualTo("scorecard-not-submitted");
        assertThat(count("SELECT count(*) FROM scorecard_amendments")).isZero();
    }

    @Test
    void anAmendmentNeedsIfMatch() {
        fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.");

        Answer answer = amend(api, team.ana(), scene.interviewId(), null, withVote("Changed my mind.", "NO"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(428);
        assertThat(answer.problemType()).isEqualTo("if-match-required");
        assertThat(count("SELECT count(*) FROM scorecard_amendments")).isZero();
    }

    @Test
    void anAmendmentFromAStaleVersionIsRefusedWith412() {
        Answer submitted = fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.");
        String read = submitted.header("ETag");
        amend(api, team.ana(), scene.interviewId(), read, withVote("First tab.", "NO"));

        Answer stale = amend(api, team.ana(), scene.interviewId(), read, withVote("Second tab.", "STRONG_NO"));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.problemType()).isEqualTo("stale-version");
        assertThat(stale.json().get("context").get("currentVersion").asLong())
                .isEqualTo(submitted.json().get("version").asLong() + 1);
        assertThat(scorecard(api, team.ana(), scene.interviewId()).json().get("vote").asText()).isEqualTo("NO");
        assertThat(count("SELECT count(*) FROM scorecard_amendments")).isEqualTo(1);
    }

    @Test
    void anAmendmentNeedsAReasonAndAChange() {
        Answer submitted = fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.");
        String etag = submitted.header("ETag");

        Answer noReason = amend(api, team.ana(), scene.interviewId(), etag, Map.of("vote", "NO"));
        Answer blankReason = amend(api, team.ana(), scene.interviewId(), etag, withVote("   ", "NO"));
        Answer noChange = amend(api, team.ana(), scene.interviewId(), etag, withVote("Same again.", "YES"));

        for (Answer answer : List.of(noReason, blankReason, noChange)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.isProblem()).isTrue();
        }
        assertThat(count("SELECT count(*) FROM scorecard_amendments")).isZero();
        assertThat(scorecard(api, team.ana(), scene.interviewId()).json().get("version"))
                .isEqualTo(submitted.json().get("version"));
    }

    private static Map<String, Object> amendment(String reason) {
        return new LinkedHashMap<>(Map.of("reason", reason));
    }

    private static Map<String, Object> withVote(String reason, String vote) {
        Map<String, Object> body = amendment(reason);
        body.put("vote", vote);
        return body;
    }

    /** Each change of one amendment as {@code field: before -> after}. */
    private static List<String> changes(JsonNode amendment) {
        List<String> changes = new ArrayList<>();
        amendment.get("changes").forEach(change -> changes.add(change.get("field").asText() + ": "
                + change.get("before").asText() + " -> " + change.get("after").asText()));
        return changes;
    }
}
