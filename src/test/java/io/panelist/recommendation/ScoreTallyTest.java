package io.panelist.recommendation;

import io.panelist.recommendation.policy.Evidence;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One application's score rows summed as they are read: per (topic, stage, interviewer) and per scorecard, in the
 * order they first appear, whatever order the rows come in.
 */
class ScoreTallyTest {
    static final UUID TECHNICAL = UUID.fromString("00000000-0000-0000-0004-000000000001");
    static final UUID DESIGN = UUID.fromString("00000000-0000-0000-0004-000000000002");
    static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID ANA_TECHNICAL = UUID.fromString("00000000-0000-0000-0007-000000000001");
    static final UUID BEN_TECHNICAL = UUID.fromString("00000000-0000-0000-0007-000000000002");
    static final UUID ANA_DESIGN = UUID.fromString("00000000-0000-0000-0007-000000000003");
    static final UUID SECURITY = UUID.fromString("00000000-0000-0000-0003-000000000001");
    static final UUID TESTING = UUID.fromString("00000000-0000-0000-0003-000000000002");
    static final Map<UUID, String> KEYS = Map.of(SECURITY, "security", TESTING, "testing");

    @Test
    void scoresAreSummedPerTopicStageAndInterviewerAndPerScorecard() {
        ScoreTally tally = new ScoreTally();
        tally.scorecard(ANA_TECHNICAL, "YES", TECHNICAL, ANA, true).score(SECURITY, 3);
        tally.scorecard(BEN_TECHNICAL, "NO", TECHNICAL, BEN, true).score(SECURITY, 1);
        // Ana's technical scorecard again, its rows apart from each other: still one scorecard
        tally.scorecard(ANA_TECHNICAL, "YES", TECHNICAL, ANA, true).score(TESTING, 4);
        tally.scorecard(ANA_DESIGN, "STRONG_YES", DESIGN, ANA, true).score(SECURITY, 4);

        assertThat(tally.groups(KEYS)).containsExactly(
                new Evidence.ScoreGroup("security", TECHNICAL, ANA, 1, 3, 3, 3),
                new Evidence.ScoreGroup("security", TECHNICAL, BEN, 1, 1, 1, 1),
                new Evidence.ScoreGroup("testing", TECHNICAL, ANA, 1, 4, 4, 4),
                new Evidence.ScoreGroup("security", DESIGN, ANA, 1, 4, 4, 4));
        assertThat(tally.ballots()).containsExactly(
                new Evidence.Ballot(ANA_TECHNICAL, "YES", 2, 7),
                new Evidence.Ballot(BEN_TECHNICAL, "NO", 1, 1),
                new Evidence.Ballot(ANA_DESIGN, "STRONG_YES", 1, 4));
    }

    @Test
    void twoScorecardsOfOneInterviewerInOneStageShareTheirGroups() {
        ScoreTally tally = new ScoreTally();
        tally.scorecard(ANA_TECHNICAL, "YES", TECHNICAL, ANA, true).score(SECURITY, 2);
        tally.scorecard(ANA_DESIGN, "YES", TECHNICAL, ANA, true).score(SECURITY, 4);

        assertThat(tally.groups(KEYS)).containsExactly(new Evidence.ScoreGroup("security", TECHNICAL, ANA, 2, 6, 2, 4));
        assertThat(tally.ballots()).hasSize(2);
    }

    @Test
    void aScorecardThatScoredNothingCastsItsBallotAndFormsNoGroup() {
        ScoreTally tally = new ScoreTally();
        tally.scorecard(ANA_TECHNICAL, "NO", TECHNICAL, ANA, true);
        tally.scorecard(BEN_TECHNICAL, "YES", TECHNICAL, BEN, true).score(TESTING, 3);

        assertThat(tally.groups(KEYS)).extracting(Evidence.ScoreGroup::interviewerId).containsExactly(BEN);
        assertThat(tally.ballots()).containsExactly(new Evidence.Ballot(ANA_TECHNICAL, "NO", 0, 0),
                new Evidence.Ballot(BEN_TECHNICAL, "YES", 1, 3));
    }

    @Test
    void aTallyKeptAsBytesReadsBackTheSameGroupsAndBallotsInTheSameOrder() {
        ScoreTally tally = new ScoreTally();
        tally.scorecard(BEN_TECHNICAL, "NO", TECHNICAL, BEN, true).score(TESTING, 1);
        tally.scorecard(ANA_TECHNICAL, "YES", TECHNICAL, ANA, true).score(SECURITY, 3);
        tally.scorecard(ANA_TECHNICAL, "YES", TECHNICAL, ANA, true).score(TESTING, 4);
        tally.scorecard(ANA_DESIGN, "YES", TECHNICAL, ANA, true).score(SECURITY, 2);
        tally.scorecard(UUID.fromString("00000000-0000-0000-0007-000000000009"), "STRONG_NO", DESIGN, BEN, true);
        tally.scorecard(UUID.fromString("00000000-0000-0000-0007-000000000010"), "STRONG_YES", DESIGN, ANA, false);

        ScoreTally kept = ScoreTally.fromBytes(tally.toBytes());

        assertThat(kept.groups(KEYS)).containsExactlyElementsOf(tally.groups(KEYS));
        assertThat(kept.groups(KEYS)).contains(new Evidence.ScoreGroup("security", TECHNICAL, ANA, 2, 5, 2, 3));
        assertThat(kept.ballots()).containsExactlyElementsOf(tally.ballots());
        assertThat(kept.ballots()).last().isEqualTo(new Evidence.Ballot(
                UUID.fromString("00000000-0000-0000-0007-000000000009"), "STRONG_NO", 0, 0));
        assertThat(kept.scorecards()).isEqualTo(5);
    }

    @Test
    void aScorecardWhoseVoteDoesNotCountIsSubmittedButCastsNoBallot() {
        ScoreTally tally = new ScoreTally();
        // Ben is a trainee in every topic of the stage: his scores never reach the tally, and his vote is not cast
        tally.scorecard(BEN_TECHNICAL, "STRONG_YES", TECHNICAL, BEN, false);
        tally.scorecard(ANA_TECHNICAL, "NO", TECHNICAL, ANA, true).score(SECURITY, 2);

        assertThat(tally.scorecards()).isEqualTo(2);
        assertThat(tally.ballots()).containsExactly(new Evidence.Ballot(ANA_TECHNICAL, "NO", 1, 2));
        assertThat(tally.interviewers()).containsExactly(ANA);
        assertThat(ScoreTally.fromBytes(tally.toBytes()).ballots()).containsExactlyElementsOf(tally.ballots());
    }

    @Test
    void anEmptyTallyKeptAsBytesIsEmpty() {
        ScoreTally kept = ScoreTally.fromBytes(new ScoreTally().toBytes());

        assertThat(kept.groups(KEYS)).isEmpty();
        assertThat(kept.ballots()).isEmpty();
    }

    @Test
    void bytesOfAnotherFormOrCutShortAreRefused() {
        ScoreTally tally = new ScoreTally();
        tally.scorecard(ANA_TECHNICAL, "YES", TECHNICAL, ANA, true).score(SECURITY, 3);
        byte[] bytes = tally.toBytes();

        byte[] otherForm = bytes.clone();
        // form 1, from before votes could be left out (V22): never read as if every vote counted
        otherForm[0] = 1;
        assertThatThrownBy(() -> ScoreTally.fromBytes(otherForm)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("form 1");
        assertThatThrownBy(() -> ScoreTally.fromBytes(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut short");
        assertThatThrownBy(() -> ScoreTally.fromBytes(Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too many");
    }
}
