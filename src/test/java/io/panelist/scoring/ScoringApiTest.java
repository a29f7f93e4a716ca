package io.panelist.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.panelist.scoring.ScoringFixtures.completeDraft;
import static io.panelist.scoring.ScoringFixtures.draft;
import static io.panelist.scoring.ScoringFixtures.fields;
import static io.panelist.scoring.ScoringFixtures.fillAndSubmit;
import static io.panelist.scoring.ScoringFixtures.notAssessed;
import static io.panelist.scoring.ScoringFixtures.save;
import static io.panelist.scoring.ScoringFixtures.score;
import static io.panelist.scoring.ScoringFixtures.scorecard;
import static io.panelist.scoring.ScoringFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A panelist's own scorecard: made on first read with the stage's kit, saved whole under If-Match (428 without, 412
 * when stale), submitted once complete (422 names each missing item), then immutable; the interview is COMPLETED
 * once every panelist has submitted. Amendments are in {@link ScoringAmendmentsApiTest}.
 */
class ScoringApiTest extends IntegrationTest {
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
    void theFirstReadMakesADraftThatCarriesTheStageKitAndAnETag() {
        Answer first = scorecard(api, team.ana(), scene.interviewId());
        Answer second = scorecard(api, team.ana(), scene.interviewId());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"0\"");
        JsonNode card = first.json();
        assertThat(card.get("status").asText()).isEqualTo("DRAFT");
        assertThat(card.get("version").asLong()).isZero();
        assertThat(card.get("panelistId").asText()).isEqualTo(team.anaId().toString());
        assertThat(card.get("topics")).extracting(t -> t.get("topicKey").asText()).containsExactly("security", "testing");
        JsonNode security = card.get("topics").get(0);
        assertThat(security.get("anchors")).hasSize(4);
        assertThat(security.get("anchors").get(3).get("descriptor").asText()).isEqualTo("security: an answer worth 4");
        assertThat(security.get("rubricVersion").asInt()).isPositive();
        assertThat(card.get("questions")).extracting(q -> q.get("questionId").asText()).containsExactly(
                scene.hiring().jwtQuestionId().toString(), scene.hiring().fixturesQuestionId().toString());
        JsonNode jwt = card.get("questions").get(0);
        assertThat(jwt.get("prompt").asText()).isEqualTo("How does a JWT prove who sent it?");
        assertThat(jwt.get("guidance").asText()).isEqualTo("A strong answer to: How does a JWT prove who sent it?");
        assertThat(jwt.get("followUps")).extracting(JsonNode::asText).containsExactly("Why?", "What breaks first?");
        assertThat(second.json().get("id")).isEqualTo(card.get("id"));
        assertThat(count("SELECT count(*) FROM scorecards")).isEqualTo(1);
    }

    @Test
    void aSaveNeedsIfMatchIsRefusedWhenStaleAndSucceedsWithTheCurrentVersion() {
        String etag = scorecard(api, team.ana(), scene.interviewId()).header("ETag");

        Answer without = save(api, team.ana(), scene.interviewId(), null, completeDraft(scene.hiring(), "No If-Match."));
        Answer saved = save(api, team.ana(), scene.interviewId(), etag, completeDraft(scene.hiring(), "First save."));
        Answer stale = save(api, team.ana(), scene.interviewId(), etag, completeDraft(scene.hiring(), "Stale save."));

        assertThat(without.status()).as(without.toString()).isEqualTo(428);
        assertThat(without.isProblem()).isTrue();
        assertThat(without.problemType()).isEqualTo("if-match-required");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        assertThat(saved.json().get("version").asLong()).isEqualTo(1);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.problemType()).isEqualTo("stale-version");
        assertThat(stale.json().get("context").get("currentVersion").asLong()).isEqualTo(1);
        Answer now = scorecard(api, team.ana(), scene.interviewId());
        assertThat(now.header("ETag")).isEqualTo("\"1\"");
        assertThat(now.json().get("summary").asText()).isEqualTo("First save.");
    }

    @Test
    void aSaveKeepsEveryScoreReasonAndNoteItWasGiven() {
        String etag = scorecard(api, team.ana(), scene.interviewId()).header("ETag");

        save(api, team.ana(), scene.interviewId(), etag, completeDraft(scene.hiring(), "Solid on security."));
        JsonNode card = scorecard(api, team.ana(), scene.interviewId()).json();

        assertThat(card.get("vote").asText()).isEqualTo("YES");
        assertThat(card.get("summary").asText()).isEqualTo("Solid on security.");
        JsonNode security = card.get("topics").get(0);
        assertThat(security.get("score").asInt()).isEqualTo(3);
        assertThat(security.get("notes").asText()).isEqualTo("Explained signing and expiry well.");
        JsonNode testing = card.get("topics").get(1);
        assertThat(testing.get("score").isNull()).isTrue();
        assertThat(testing.get("notAssessedReason").asText()).isEqualTo("Ran out of time.");
        assertThat(card.get("questions").get(0).get("asked").asBoolean()).isTrue();
        assertThat(card.get("questions").get(0).get("notes").asText()).isEqualTo("Walked through HS256 versus RS256.");
        assertThat(card.get("questions").get(1).get("asked").asBoolean()).isFalse();
    }

    @Test
    void aSaveChangesOnlyTheCallersOwnScorecard() {
        String bens = scorecard(api, team.ben(), scene.interviewId()).header("ETag");
        save(api, team.ben(), scene.interviewId(), bens, completeDraft(scene.hiring(), "Ben's view."));
        String anas = scorecard(api, team.ana(), scene.interviewId()).header("ETag");

        Answer saved = save(api, team.ana(), scene.interviewId(), anas, completeDraft(scene.hiring(), "Ana's view."));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("panelistId").asText()).isEqualTo(team.anaId().toString());
        JsonNode ben = scorecard(api, team.ben(), scene.interviewId()).json();
        assertThat(ben.get("summary").asText()).isEqualTo("Ben's view.");
        assertThat(ben.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void submittingAnEmptyScorecardNamesEveryMissingItem() {
        scorecard(api, team.ana(), scene.interviewId());

        Answer answer = submit(api, team.ana(), scene.interviewId());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.problemType()).isEqualTo("scorecard-incomplete");
        assertThat(fields(answer)).containsExactlyInAnyOrder("topicScores/security", "topicScores/testing", "vote",
                "summary");
        assertThat(count("SELECT count(*) FROM scorecards WHERE status = 'SUBMITTED'")).isZero();
    }

    @Test
    void submittingAPartlyFilledScorecardNamesOnlyWhatIsStillMissing() {
        String etag = scorecard(api, team.ana(), scene.interviewId()).header("ETag");
        save(api, team.ana(), scene.interviewId(), etag, draft(List.of(score("security", 2, ""),
                score("testing", null, "a note is not an assessment")), List.of(), "NO", "   "));

        Answer answer = submit(api, team.ana(), scene.interviewId());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(fields(answer)).containsExactlyInAnyOrder("topicScores/testing", "summary");
    }

    @Test
    void aNotAssessedReasonCountsAsAnAnswerForItsTopic() {
        String etag = scorecard(api, team.ana(), scene.interviewId()).header("ETag");
        save(api, team.ana(), scene.interviewId(), etag, draft(List.of(notAssessed("security", "Candidate left early."),
                notAssessed("testing", "Ran out of time.")), List.of(), "NO", "Too little to go on."));

        Answer answer = submit(api, team.ana(), scene.interviewId());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void submittingTwiceAnswersTheSameAndChangesNothing() {
        Answer first = fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.");
        Answer second = submit(api, team.ana(), scene.interviewId());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(second.json().get("version")).isEqualTo(first.json().get("version"));
        assertThat(second.json().get("submittedAt")).isEqualTo(first.json().get("submittedAt"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'scorecard.submitted'")).isEqualTo(1);
    }

    @Test
    void aSubmittedScorecardRefusesEverySaveWith409() {
        Answer submitted = fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.");
        String etag = submitted.header("ETag");

        Answer answer = save(api, team.ana(), scene.interviewId(), etag, completeDraft(scene.hiring(), "Changed mind."));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.problemType()).isEqualTo("scorecard-submitted");
        JsonNode card = scorecard(api, team.ana(), scene.interviewId()).json();
        assertThat(card.get("summary").asText()).isEqualTo("Hire.");
        assertThat(card.get("version")).isEqualTo(submitted.json().get("version"));
    }

    @Test
    void theInterviewIsCompletedOnceEveryPanelistHasSubmitted() {
        String interviewPath = "/api/v1/interviews/" + scene.interviewId();

        fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Hire.");
        String afterOne = api.get(interviewPath, team.admin()).json().get("status").asText();
        fillAndSubmit(api, team.ben(), scene.interviewId(), scene.hiring(), "Hire too.");
        Answer afterBoth = api.get(interviewPath, team.admin());

        assertThat(afterOne).isEqualTo("SCHEDULED");
        assertThat(afterBoth.status()).isEqualTo(200);
        assertThat(afterBoth.json().get("status").asText()).isEqualTo("COMPLETED");
    }
}
