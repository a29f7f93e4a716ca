package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.recommendation.severity.SeverityJob;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The recommendation end to end: a position with a published two-stage plan, two candidates, two rounds of two
 * panelists each, scored and submitted through the scoring API; every number below is worked out by hand.
 */
class RecommendationApiTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    @Inject
    SeverityJob severityJob;
    Hiring hiring;
    Opening opening;
    UUID alice;
    UUID bob;
    UUID aliceTechnical;
    UUID aliceDesign;
    UUID bobTechnical;
    UUID bobDesign;

    @BeforeEach
    void scheduleTwoCandidatesWithTwoRoundsEach() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        alice = hiring.applicant(opening, "Alice Archer");
        bob = hiring.applicant(opening, "Bob Baker");
        aliceTechnical = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
        aliceDesign = hiring.interview(alice, opening.designStageId(), hiring.ben, hiring.cleo);
        bobTechnical = hiring.interview(bob, opening.technicalStageId(), hiring.ana, hiring.ben);
        bobDesign = hiring.interview(bob, opening.designStageId(), hiring.ben, hiring.cleo);
    }

    @Test
    void beforeAnythingIsSubmittedTheRecommendationIsInsufficientEvidenceAndDraftsDoNotCount() {
        hiring.save(aliceTechnical, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 4));

        JsonNode rec = ok(hiring.recommendation(alice, hiring.manager));

        assertThat(rec.get("applicationId").asText()).isEqualTo(alice.toString());
        assertThat(rec.get("outcome").asText()).isEqualTo("INSUFFICIENT_EVIDENCE");
        assertThat(rec.get("overallScore").isNull()).isTrue();
        assertThat(rec.get("confidence").asText()).isEqualTo("LOW");
        // two rounds of two panelists, none submitted (Ana's draft is not a submission)
        assertThat(rec.get("scorecardsSubmitted").asInt()).isZero();
        assertThat(rec.get("scorecardsPending").asInt()).isEqualTo(4);
        // no stage gave evidence, so no stage weight counts yet
        assertThat(rec.get("topics")).isEqualTo(json("""
                [{"topicKey": "security", "weight": 0.0, "mustHave": true, "minScore": 3, "evidence": 0,
                  "mean": null, "calibratedMean": null, "spread": null, "status": "NO_EVIDENCE"},
                 {"topicKey": "testing", "weight": 0.0, "mustHave": false, "minScore": 2, "evidence": 0,
                  "mean": null, "calibratedMean": null, "spread": null, "status": "NO_EVIDENCE"}]"""));
        assertThat(rec.get("votes")).isEqualTo(json("{\"STRONG_NO\": 0, \"NO\": 0, \"YES\": 0, \"STRONG_YES\": 0}"));
        assertThat(rec.get("reasons")).extracting(r -> r.get("code").asText(), r -> r.get("topicKey").asText(null))
                .containsExactly(tuple("NO_SUBMITTED_SCORECARDS", null), tuple("MUST_HAVE_WITHOUT_EVIDENCE", "security"),
                        tuple("SCORECARDS_PENDING", null));
        assertThat(rec.get("interval").isNull()).isTrue();
        assertThat(rec.get("probabilityAtLeastHire").isNull()).isTrue();
        assertThat(rec.get("reasons")).allSatisfy(r -> assertThat(r.get("message").asText()).isNotBlank());
        assertThat(rec.get("flags")).isEmpty();

        // a cancelled round owes no scorecards
        assertThat(api.post("/api/v1/interviews/" + aliceDesign + "/cancel", hiring.token(hiring.recruiter),
                Map.of("reason", "The candidate asked to move it.")).status()).isEqualTo(200);
        assertThat(ok(hiring.recommendation(alice, hiring.manager)).get("scorecardsPending").asInt()).isEqualTo(2);
    }

    @Test
    void withOnlyTheTechnicalRoundInOnlyItsStageWeightCountsAndExactlyThreeMeetsTheHireThreshold() {
        hiring.submit(aliceTechnical, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 3));
        hiring.submit(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 1));

        JsonNode rec = ok(hiring.recommendation(alice, hiring.manager));

        // security: (4 + 3) / 2 = 3.5 with weight 2.0 (Technical only); testing: (3 + 1) / 2 = 2.0 with weight 1.0
        // overall = (2.0 * 3.5 + 1.0 * 2.0) / 3.0 = 9 / 3 = 3.0, exactly the hire threshold
        assertThat(rec.get("outcome").asText()).isEqualTo("HIRE");
        assertThat(rec.get("overallScore").asDouble()).isEqualTo(3.0);
        assertThat(rec.get("scorecardsSubmitted").asInt()).isEqualTo(2);
        assertThat(rec.get("scorecardsPending").asInt()).isEqualTo(2);
        assertThat(rec.get("topics")).extracting(t -> t.get("topicKey").asText(), t -> t.get("weight").asDouble(),
                        t -> t.get("evidence").asInt(), t -> t.get("mean").asDouble())
                .containsExactly(tuple("security", 2.0, 2, 3.5), tuple("testing", 1.0, 2, 2.0));
    }

    @Test
    void theRecommendationExplainsOutcomeScoreConfidenceTopicsVotesReasonsAndFlags() {
        hiring.submit(aliceTechnical, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 3));
        hiring.submit(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 1));
        hiring.submit(aliceDesign, hiring.ben, Card.of("YES", "security", 4));
        hiring.submit(aliceDesign, hiring.cleo, Card.of("YES", "security", 3));

        severityJob.reestimate();
        JsonNode rec = ok(hiring.recommendation(alice, hiring.recruiter));

        // security: 4, 3, 4, 3 -> evidence 4, mean 3.5, spread 1, weight 2.0 + 2.0 = 4.0 (both stages gave evidence)
        // testing: 3, 1 -> evidence 2, mean 2.0, spread 2 (DISAGREEMENT), weight 1.0
        // rawScore = (4.0 * 3.5 + 1.0 * 2.0) / 5.0 = 16 / 5 = 3.2
        //
        // rater severity (only Alice is scored; these six scores are all the estimate of these interviewers sees):
        // minimizing sum (x - m[a,t] - s[r])^2 + 5 sum s[r]^2 gives s = Ana 0.2161, Ben -0.1274, Cleo -0.0886, and
        // calibratedMean security = (4 - 0.2161 + 3 + 0.1274 + 4 + 0.1274 + 3 + 0.0886) / 4 = 3.5319,
        // calibratedMean testing = (3 - 0.2161 + 1 + 0.1274) / 2 = 1.9557
        // overall = (4.0 * 3.5319 + 1.0 * 1.9557) / 5.0 = 3.2166 -> HIRE (3.0 <= 3.22 < 3.5)
        assertThat(rec.get("outcome").asText()).isEqualTo("HIRE");
        assertThat(rec.get("overallScore").asDouble()).isEqualTo(3.22);
        assertThat(rec.get("rawScore").asDouble()).isEqualTo(3.2);
        // the interval and probability depend on sigma2, which every score in the database shapes: only their relations
        assertThat(rec.at("/interval/low").asDouble()).isBetween(1.0, 3.22);
        assertThat(rec.at("/interval/high").asDouble()).isBetween(3.22, 4.0);
        assertThat(rec.get("probabilityAtLeastHire").asDouble()).isStrictlyBetween(0.5, 1.0);
        assertThat(rec.at("/calibration/current").asBoolean()).isTrue();
        assertThat(rec.get("scorecardsSubmitted").asInt()).isEqualTo(4);
        assertThat(rec.get("scorecardsPending").asInt()).isZero();
        assertThat(rec.get("topics")).isEqualTo(json("""
                [{"topicKey": "security", "weight": 4.0, "mustHave": true, "minScore": 3, "evidence": 4,
                  "mean": 3.5, "calibratedMean": 3.53, "spread": 1, "status": "MET"},
                 {"topicKey": "testing", "weight": 1.0, "mustHave": false, "minScore": 2, "evidence": 2,
                  "mean": 2.0, "calibratedMean": 1.96, "spread": 2, "status": "MET"}]"""));
        assertThat(rec.get("votes")).isEqualTo(json("{\"STRONG_NO\": 0, \"NO\": 0, \"YES\": 3, \"STRONG_YES\": 1}"));
        assertThat(rec.get("reasons")).extracting(r -> r.get("code").asText()).containsExactly("ABOVE_HIRE_THRESHOLD");
        assertThat(rec.at("/reasons/0/message").asText()).contains("3.22");
        // Ben's technical card votes YES while its own scores average (3 + 1) / 2 = 2.0 < 2.5
        assertThat(rec.get("flags")).extracting(f -> f.get("code").asText(), f -> f.get("topicKey").asText(null))
                .containsExactlyInAnyOrder(tuple("DISAGREEMENT", "testing"), tuple("VOTE_SCORE_MISMATCH", null));
        assertThat(rec.get("flags")).allSatisfy(f -> assertThat(f.get("message").asText()).isNotBlank());
        // the panel disagrees on an ordinary topic: not HIGH, however sure the side
        assertThat(rec.get("confidence").asText()).isIn("MEDIUM", "LOW");
        assertThat(rec.fieldNames()).toIterable().containsExactly("applicationId", "outcome",
                "overallScore", "rawScore", "interval", "probabilityAtLeastHire", "confidence", "scorecardsSubmitted", "scorecardsPending", "topics", "votes",
                "reasons", "flags", "calibration");
        // Bob has two rounds booked and nothing submitted
        JsonNode other = ok(hiring.recommendation(bob, hiring.manager));
        assertThat(other.get("outcome").asText()).isEqualTo("INSUFFICIENT_EVIDENCE");
        assertThat(other.get("scorecardsPending").asInt()).isEqualTo(4);
    }

    @Test
    void aMustHaveScoredOneCapsTheOutcomeAtNoHireEvenWhenTheScoreWouldHire() {
        hiring.submit(bobTechnical, hiring.ana, Card.of("NO", "security", 1, "testing", 3));
        hiring.submit(bobTechnical, hiring.ben, Card.of("STRONG_YES", "security", 4, "testing", 4));
        hiring.submit(bobDesign, hiring.ben, Card.of("YES", "security", 4));
        hiring.submit(bobDesign, hiring.cleo, Card.of("YES", "security", 4));

        JsonNode rec = ok(hiring.recommendation(bob, hiring.manager));

        // security: 1, 4, 4, 4 -> mean 3.25 (not below its minimum of 3), spread 3; testing: 3, 4 -> mean 3.5
        // overall = (4.0 * 3.25 + 1.0 * 3.5) / 5.0 = 16.5 / 5 = 3.3: a hire by score, but a must-have got a 1
        assertThat(rec.get("outcome").asText()).isEqualTo("NO_HIRE");
        assertThat(rec.get("overallScore").asDouble()).isEqualTo(3.3);
        assertThat(rec.get("reasons")).extracting(r -> r.get("code").asText(), r -> r.get("topicKey").asText(null))
                .containsExactly(tuple("MUST_HAVE_SCORED_ONE", "security"));
        assertThat(rec.get("topics")).extracting(t -> t.get("topicKey").asText(), t -> t.get("mean").asDouble(),
                        t -> t.get("spread").asInt(), t -> t.get("status").asText())
                .containsExactly(tuple("security", 3.25, 3, "MET"), tuple("testing", 3.5, 1, "MET"));
        assertThat(rec.get("votes")).isEqualTo(json("{\"STRONG_NO\": 0, \"NO\": 1, \"YES\": 2, \"STRONG_YES\": 1}"));
        // a spread of 3 on security, and votes on both sides of hire (no topic)
        assertThat(rec.get("flags")).extracting(f -> f.get("code").asText(), f -> f.get("topicKey").asText(null))
                .containsExactlyInAnyOrder(tuple("DISAGREEMENT", "security"), tuple("DISAGREEMENT", null));
        // a must-have topic is disputed
        assertThat(rec.get("confidence").asText()).isEqualTo("LOW");
    }

    @Test
    void aMustHaveAveragingBelowItsMinimumIsNoHireAndBelowTwoOverallStrongNoHire() {
        hiring.submit(bobTechnical, hiring.ana, Card.of("NO", "security", 2, "testing", 3));
        hiring.submit(bobTechnical, hiring.ben, Card.of("NO", "security", 2, "testing", 3));

        JsonNode below = ok(hiring.recommendation(bob, hiring.manager));

        // security 2.0 < 3 (BELOW_MIN); overall = (2 * 2 + 3) / 3 = 2.33 -> NO_HIRE
        assertThat(below.get("outcome").asText()).isEqualTo("NO_HIRE");
        assertThat(below.get("overallScore").asDouble()).isEqualTo(2.33);
        assertThat(below.at("/topics/0/status").asText()).isEqualTo("BELOW_MIN");
        // Bob's design round is still to be scored
        assertThat(below.get("reasons")).extracting(r -> r.get("code").asText())
                .containsExactly("MUST_HAVE_BELOW_MIN", "SCORECARDS_PENDING");

        hiring.submit(aliceTechnical, hiring.ana, Card.of("STRONG_NO", "security", 1, "testing", 2));
        hiring.submit(aliceTechnical, hiring.ben, Card.of("STRONG_NO", "security", 2, "testing", 1));

        JsonNode strong = ok(hiring.recommendation(alice, hiring.manager));

        // security 1.5, testing 1.5 -> overall 1.5 < 2.0 -> STRONG_NO_HIRE
        assertThat(strong.get("outcome").asText()).isEqualTo("STRONG_NO_HIRE");
        assertThat(strong.get("overallScore").asDouble()).isEqualTo(1.5);
        assertThat(strong.get("reasons")).extracting(r -> r.get("code").asText())
                .contains("MUST_HAVE_BELOW_MIN", "MUST_HAVE_SCORED_ONE");
    }

    @Test
    void anAmendedScoreCountsInTheRecommendation() {
        hiring.submit(aliceTechnical, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 3));
        hiring.submit(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 1));

        hiring.amend(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 3));

        // testing (3 + 3) / 2 = 3.0; overall = (2 * 3.5 + 3.0) / 3 = 3.33
        JsonNode rec = ok(hiring.recommendation(alice, hiring.manager));
        assertThat(rec.get("overallScore").asDouble()).isEqualTo(3.33);
        assertThat(rec.get("flags")).isEmpty();
    }

    static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    static JsonNode json(String text) {
        try {
            return Api.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
