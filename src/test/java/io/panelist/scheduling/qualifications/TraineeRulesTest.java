package io.panelist.scheduling.qualifications;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a scorecard counts, given the topics in which its panelist is a TRAINEE. */
class TraineeRulesTest {
    static final UUID SECURITY = UUID.fromString("00000000-0000-0000-0003-000000000001");
    static final UUID TESTING = UUID.fromString("00000000-0000-0000-0003-000000000002");

    @Test
    void aScoreCountsUnlessItsPanelistIsATraineeInItsTopic() {
        assertThat(TraineeRules.scoreCounts(Set.of(), SECURITY)).isTrue();
        assertThat(TraineeRules.scoreCounts(Set.of(SECURITY), SECURITY)).isFalse();
        assertThat(TraineeRules.scoreCounts(Set.of(SECURITY), TESTING)).isTrue();
    }

    @Test
    void aVoteCountsUnlessItsPanelistIsATraineeInEveryTopicOfTheStage() {
        assertThat(TraineeRules.voteCounts(Set.of(), List.of(SECURITY, TESTING))).isTrue();
        assertThat(TraineeRules.voteCounts(Set.of(SECURITY), List.of(SECURITY, TESTING))).isTrue();
        assertThat(TraineeRules.voteCounts(Set.of(SECURITY, TESTING), List.of(SECURITY, TESTING))).isFalse();
        assertThat(TraineeRules.voteCounts(Set.of(SECURITY), List.of(SECURITY))).isFalse();
        // a trainee elsewhere is a full member of this round
        assertThat(TraineeRules.voteCounts(Set.of(TESTING), List.of(SECURITY))).isTrue();
        assertThat(TraineeRules.voteCounts(Set.of(SECURITY), List.of())).isTrue();
    }
}
