package io.panelist.recommendation.policy;

import org.junit.jupiter.api.Test;

import static io.panelist.recommendation.policy.EvidenceBuilder.ALICE;
import static io.panelist.recommendation.policy.EvidenceBuilder.BOB;
import static io.panelist.recommendation.policy.EvidenceBuilder.CAROL;
import static io.panelist.recommendation.policy.EvidenceBuilder.SCREEN;
import static io.panelist.recommendation.policy.EvidenceBuilder.TECHNICAL;
import static io.panelist.recommendation.policy.EvidenceBuilder.codes;
import static io.panelist.recommendation.policy.EvidenceBuilder.plan;
import static io.panelist.recommendation.policy.EvidenceBuilder.score;
import static io.panelist.recommendation.policy.EvidenceBuilder.weight;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md "Recommendation rules" 6: HIGH when every topic of the plan has two scores or more and nobody disagrees;
 * LOW when a must-have has fewer than two scores or a spread disagreement (LOW wins); MEDIUM otherwise.
 */
class DecisionPolicyConfidenceTest {

    /** security (must-have) and api-design, both in the technical stage. */
    private static EvidenceBuilder panel() {
        return plan()
                .mustHave("security", 3, weight(TECHNICAL, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0));
    }

    @Test
    void highWhenEveryTopicHasTwoScoresAndNobodyDisagrees() {
        // security 3, 4 (spread 1); api-design 3, 3; both vote YES.
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 4), score("api-design", 3))
                .decide();

        assertThat(verdict.flags()).isEmpty();
        assertThat(verdict.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void aVoteScoreMismatchAloneKeepsConfidenceHigh() {
        // Bob votes YES on 2 and 2 (mean 2.0 < 2.5): a mismatch, but neither thin evidence nor a disagreement.
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 2), score("api-design", 2))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("VOTE_SCORE_MISMATCH");
        assertThat(verdict.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void mediumWhenANiceToHaveTopicHasOneScore() {
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 4))
                .decide();

        assertThat(verdict.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void mediumWhenANiceToHaveTopicWasNotAssessed() {
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 4))
                .decide();

        assertThat(verdict.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void mediumWhenANiceToHaveTopicHasASpreadDisagreement() {
        // api-design 2 and 4: spread 2 on a topic that is not a must-have.
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("api-design", 2))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 3), score("api-design", 4))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("DISAGREEMENT:api-design");
        assertThat(verdict.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void mediumWhenOnlyTheVotesDisagreeForAVoteDisagreementIsOnNoTopic() {
        // Every topic has two scores (security 3, 3; api-design 3, 2: spreads 0 and 1). Alice votes YES on her own
        // mean 3.0, Bob NO on his own mean 2.5 (< 3, no mismatch): the only flag is the topicless vote disagreement.
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "NO", score("security", 3), score("api-design", 2))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("DISAGREEMENT");
        assertThat(verdict.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void lowWhenAMustHaveHasOneScore() {
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("api-design", 3))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("THIN_EVIDENCE:security");
        assertThat(verdict.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void lowWhenAMustHaveHasNoScore() {
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("api-design", 3))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(verdict.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void lowWhenAMustHaveHasASpreadDisagreementThoughEveryTopicHasTwoScores() {
        // security 2 and 4 -> spread 2 on a must-have; mean 3 meets its min 3.
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 2), score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 4), score("api-design", 3))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("DISAGREEMENT:security");
        assertThat(verdict.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void lowWinsOverEveryReasonForMedium() {
        // security (must-have): one score -> LOW; api-design: spread 2 and votes on both sides would give MEDIUM;
        // testing (nice to have, screen) not assessed would give MEDIUM too.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(TECHNICAL, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .topic("testing", weight(SCREEN, 1.0))
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "NO", score("api-design", 2))
                .scorecard(TECHNICAL, CAROL, "NO", score("api-design", 2))
                .decide();

        assertThat(codes(verdict.flags()))
                .containsExactlyInAnyOrder("DISAGREEMENT:api-design", "DISAGREEMENT", "THIN_EVIDENCE:security");
        assertThat(verdict.confidence()).isEqualTo(Confidence.LOW);
    }
}
