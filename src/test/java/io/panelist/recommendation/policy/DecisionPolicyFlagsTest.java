package io.panelist.recommendation.policy;

import org.junit.jupiter.api.Test;

import static io.panelist.recommendation.policy.EvidenceBuilder.ALICE;
import static io.panelist.recommendation.policy.EvidenceBuilder.BOB;
import static io.panelist.recommendation.policy.EvidenceBuilder.CAROL;
import static io.panelist.recommendation.policy.EvidenceBuilder.DAN;
import static io.panelist.recommendation.policy.EvidenceBuilder.SCREEN;
import static io.panelist.recommendation.policy.EvidenceBuilder.TECHNICAL;
import static io.panelist.recommendation.policy.EvidenceBuilder.codes;
import static io.panelist.recommendation.policy.EvidenceBuilder.plan;
import static io.panelist.recommendation.policy.EvidenceBuilder.score;
import static io.panelist.recommendation.policy.EvidenceBuilder.weight;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md "Recommendation rules" 5: the debrief flags DISAGREEMENT (a topic's spread >= 2, or votes on both sides),
 * THIN_EVIDENCE (a must-have with exactly one score) and VOTE_SCORE_MISMATCH (a vote against its own scorecard's mean).
 */
class DecisionPolicyFlagsTest {

    @Test
    void aSpreadOfTwoIsADisagreementOnThatTopic() {
        // api-design: 2 and 4 -> spread 2 -> flagged. testing: 2 and 3 -> spread 1 -> not flagged.
        Verdict verdict = plan()
                .topic("api-design", weight(TECHNICAL, 1.0))
                .topic("testing", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "YES", score("api-design", 2), score("testing", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("api-design", 4), score("testing", 2))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("DISAGREEMENT:api-design");
        assertThat(verdict.flags().get(0).message()).contains("api-design");
    }

    @Test
    void theSpreadRunsAcrossStagesAndInterviewers() {
        // security: Alice gives 4 in the screen, Bob 2 in the technical stage. Each alone spreads 0; together 4 - 2 = 2.
        // (Their votes, YES and NO, also disagree: the second, topicless DISAGREEMENT.)
        Verdict verdict = plan()
                .topic("security", weight(SCREEN, 1.0), weight(TECHNICAL, 1.0))
                .scorecard(SCREEN, ALICE, "YES", score("security", 4))
                .scorecard(TECHNICAL, BOB, "NO", score("security", 2))
                .decide();

        assertThat(codes(verdict.flags())).containsExactlyInAnyOrder("DISAGREEMENT:security", "DISAGREEMENT");
    }

    @Test
    void theSpreadCountsTwoInterviewsOfOneInterviewerInOneStage() {
        // Alice sat two technical interviews and scored api-design 1, then 3: one group, min 1, max 3, spread 2.
        Verdict verdict = plan()
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "NO", score("api-design", 1))
                .scorecard(TECHNICAL, ALICE, "NO", score("api-design", 3))
                .decide();

        assertThat(codes(verdict.flags())).contains("DISAGREEMENT:api-design");
    }

    @Test
    void votesOnBothSidesOfHireAreOneDisagreementWithoutATopic() {
        // YES and STRONG_YES against NO and STRONG_NO; scores 3 and 2 only (spread 1), consistent with each vote:
        // the yes scorecards average 3 (>= 2.5), the no scorecards 2 (< 3).
        Verdict verdict = plan()
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "YES", score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "STRONG_YES", score("api-design", 3))
                .scorecard(TECHNICAL, CAROL, "NO", score("api-design", 2))
                .scorecard(TECHNICAL, DAN, "STRONG_NO", score("api-design", 2))
                .decide();

        assertThat(verdict.flags()).singleElement().satisfies(flag -> {
            assertThat(flag.code()).isEqualTo("DISAGREEMENT");
            assertThat(flag.topicKey()).isNull();
            assertThat(flag.message()).isNotBlank();
        });
    }

    @Test
    void aPanelVotingOnOneSideHasNoVoteDisagreement() {
        Verdict yes = plan()
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "YES", score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "STRONG_YES", score("api-design", 4))
                .decide();
        Verdict no = plan()
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "NO", score("api-design", 2))
                .scorecard(TECHNICAL, BOB, "STRONG_NO", score("api-design", 1))
                .decide();

        assertThat(yes.flags()).isEmpty();
        assertThat(no.flags()).isEmpty();
    }

    @Test
    void aMustHaveWithExactlyOneScoreIsThinEvidence() {
        // security (must-have): one score -> thin. testing (must-have): two scores. api-design (nice to have): one.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 1.0))
                .mustHave("testing", 2, weight(TECHNICAL, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(SCREEN, ALICE, "YES", score("security", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("testing", 3), score("api-design", 3))
                .scorecard(TECHNICAL, CAROL, "YES", score("testing", 3))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("THIN_EVIDENCE:security");
    }

    @Test
    void aMustHaveWithoutAnyScoreIsNotThinEvidence() {
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, BOB, "YES", score("api-design", 3))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(codes(verdict.flags())).doesNotContain("THIN_EVIDENCE:security");
    }

    @Test
    void aYesVoteOnOwnScoresUnderTwoAndAHalfIsAMismatch() {
        // Alice YES: 2, 2, 2, 3 -> 9/4 = 2.25 < 2.5 -> mismatch.
        // Bob STRONG_YES: 2, 3 (two topics not assessed) -> exactly 2.5 -> no mismatch.
        // Carol STRONG_YES: 2, 2 -> 2.0 -> mismatch.
        Verdict verdict = fourTopics()
                .scorecard(TECHNICAL, ALICE, "YES", score("api-design", 2), score("testing", 2),
                        score("security", 2), score("sql", 3))
                .scorecard(TECHNICAL, BOB, "STRONG_YES", score("api-design", 2), score("testing", 3))
                .scorecard(TECHNICAL, CAROL, "STRONG_YES", score("security", 2), score("sql", 2))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("VOTE_SCORE_MISMATCH", "VOTE_SCORE_MISMATCH");
        assertThat(verdict.flags()).extracting(Verdict.Note::message)
                .anySatisfy(message -> assertThat(message).contains("2.25"))
                .anySatisfy(message -> assertThat(message).contains("2.00"));
    }

    @Test
    void aNoVoteOnOwnScoresOfThreeOrMoreIsAMismatch() {
        // Alice NO: 3, 3 -> exactly 3.0 -> mismatch.
        // Bob STRONG_NO: 4, 3 -> 3.5 -> mismatch.
        // Carol NO: 3, 3, 2 -> 8/3 = 2.67 < 3 -> no mismatch.
        Verdict verdict = fourTopics()
                .scorecard(TECHNICAL, ALICE, "NO", score("api-design", 3), score("testing", 3))
                .scorecard(TECHNICAL, BOB, "STRONG_NO", score("api-design", 4), score("testing", 3))
                .scorecard(TECHNICAL, CAROL, "NO", score("api-design", 3), score("testing", 3), score("sql", 2))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("VOTE_SCORE_MISMATCH", "VOTE_SCORE_MISMATCH");
        assertThat(verdict.flags()).extracting(Verdict.Note::message)
                .anySatisfy(message -> assertThat(message).contains("3.00"))
                .anySatisfy(message -> assertThat(message).contains("3.50"));
    }

    @Test
    void aScorecardWithoutScoresIsNoMismatch() {
        // Alice voted YES but assessed nothing: there is no mean of her own scores to contradict the vote.
        Verdict verdict = fourTopics()
                .scorecard(TECHNICAL, ALICE, "YES")
                .scorecard(TECHNICAL, BOB, "YES", score("api-design", 3), score("testing", 3))
                .decide();

        assertThat(verdict.flags()).isEmpty();
    }

    @Test
    void everyFlagThatAppliesIsListed() {
        // security must-have: Alice 4 (screen) only -> THIN_EVIDENCE.
        // api-design: Bob 1, Carol 3 -> spread 2 -> DISAGREEMENT:api-design.
        // votes YES and NO -> DISAGREEMENT without topic.
        // Bob voted YES on his own 1 -> VOTE_SCORE_MISMATCH; Carol NO on her own 3 -> VOTE_SCORE_MISMATCH.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(SCREEN, ALICE, "STRONG_YES", score("security", 4))
                .scorecard(TECHNICAL, BOB, "YES", score("api-design", 1))
                .scorecard(TECHNICAL, CAROL, "NO", score("api-design", 3))
                .decide();

        assertThat(codes(verdict.flags())).containsExactlyInAnyOrder("THIN_EVIDENCE:security",
                "DISAGREEMENT:api-design", "DISAGREEMENT", "VOTE_SCORE_MISMATCH", "VOTE_SCORE_MISMATCH");
    }

    /** Four nice-to-have topics assessed in the technical stage. */
    private static EvidenceBuilder fourTopics() {
        return plan()
                .topic("api-design", weight(TECHNICAL, 1.0))
                .topic("testing", weight(TECHNICAL, 1.0))
                .topic("security", weight(TECHNICAL, 1.0))
                .topic("sql", weight(TECHNICAL, 1.0));
    }
}
