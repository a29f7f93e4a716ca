package io.panelist.recommendation.calibration;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * DESIGN.md, calibration: for each score x an interviewer gave on an (application, topic) that others also scored,
 * d = x - mean(the others' scores on it); pairs = n, bias = mean(d), shrunkBias = sum(d) / (n + 5); both 0 when n = 0.
 */
class CalibrationTest {

    @Test
    void biasIsTheMeanDifferenceAndShrunkBiasDividesTheSumByPairsPlusFive() {
        // Alice's scores where others also scored:
        //   application 1, security: she gave 4, others 3 and 3 -> d = 4 - 3.0 = +1.0
        //   application 2, security: she gave 3, others 2 and 3 -> d = 3 - 2.5 = +0.5
        //   application 2, api-design: she gave 2, the other 3 -> d = 2 - 3.0 = -1.0
        // n = 3, sum(d) = 0.5; bias = 0.5 / 3 = 0.1667; shrunkBias = 0.5 / (3 + 5) = 0.0625.
        // She gave 7 scores in all (4 of them on topics nobody else scored).
        Calibration.Result alice = Calibration.of(List.of(
                new Calibration.Pair("security", 4 - 3.0),
                new Calibration.Pair("security", 3 - 2.5),
                new Calibration.Pair("api-design", 2 - 3.0)), 7);

        assertThat(alice.pairs()).isEqualTo(3);
        assertThat(alice.bias()).isCloseTo(0.5 / 3, within(1e-12));
        assertThat(alice.shrunkBias()).isEqualTo(0.0625);
        assertThat(alice.scoresGiven()).isEqualTo(7);
    }

    @Test
    void eachTopicHasItsOwnPairsBiasAndShrunkBias() {
        // Same pairs per topic:
        //   security: d = +1.0, +0.5 -> n 2, sum 1.5, bias 0.75, shrunkBias 1.5 / 7 = 0.2143
        //   api-design: d = -1.0 -> n 1, sum -1.0, bias -1.0, shrunkBias -1.0 / 6 = -0.1667
        Calibration.Result alice = Calibration.of(List.of(
                new Calibration.Pair("security", 1.0),
                new Calibration.Pair("security", 0.5),
                new Calibration.Pair("api-design", -1.0)), 7);

        assertThat(alice.byTopic()).containsOnlyKeys("security", "api-design");
        Calibration.Stats security = alice.byTopic().get("security");
        assertThat(security.pairs()).isEqualTo(2);
        assertThat(security.bias()).isEqualTo(0.75);
        assertThat(security.shrunkBias()).isCloseTo(1.5 / 7, within(1e-12));
        Calibration.Stats api = alice.byTopic().get("api-design");
        assertThat(api.pairs()).isEqualTo(1);
        assertThat(api.bias()).isEqualTo(-1.0);
        assertThat(api.shrunkBias()).isCloseTo(-1.0 / 6, within(1e-12));
    }

    @Test
    void shrinkageMovesAFewPairsLittleAndManyPairsMore() {
        // One pair d = +1: bias 1.0, shrunkBias 1 / 6 = 0.1667.
        // Ten pairs d = +1: bias 1.0, shrunkBias 10 / 15 = 0.6667.
        Calibration.Result one = Calibration.of(List.of(new Calibration.Pair("security", 1.0)), 1);
        Calibration.Result ten = Calibration.of(Collections.nCopies(10, new Calibration.Pair("security", 1.0)), 10);

        assertThat(one.bias()).isEqualTo(1.0);
        assertThat(one.shrunkBias()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(ten.bias()).isEqualTo(1.0);
        assertThat(ten.shrunkBias()).isCloseTo(10.0 / 15, within(1e-12));
    }

    @Test
    void withoutPairsBiasAndShrunkBiasAreZero() {
        // Bob scored 4 times, never on an (application, topic) someone else scored.
        Calibration.Result bob = Calibration.of(List.of(), 4);

        assertThat(bob.pairs()).isZero();
        assertThat(bob.bias()).isZero();
        assertThat(bob.shrunkBias()).isZero();
        assertThat(bob.scoresGiven()).isEqualTo(4);
        assertThat(bob.byTopic()).isEmpty();
    }

    @Test
    void pairsSummedPerTopicInSqlGiveTheSameNumbers() {
        // The hand example above, as SQL hands it over: security 2 pairs summing 1.5, api-design 1 pair summing -1.0.
        // Overall: n = 3, sum 0.5 -> bias 0.1667, shrunkBias 0.5 / 8 = 0.0625. Per topic as above.
        Calibration.Result alice = Calibration.fromSums(List.of(
                new Calibration.TopicSum("security", 2, 1.5),
                new Calibration.TopicSum("api-design", 1, -1.0)), 7);

        assertThat(alice.pairs()).isEqualTo(3);
        assertThat(alice.bias()).isCloseTo(0.5 / 3, within(1e-12));
        assertThat(alice.shrunkBias()).isEqualTo(0.0625);
        assertThat(alice.scoresGiven()).isEqualTo(7);
        assertThat(alice.byTopic().get("security"))
                .isEqualTo(new Calibration.Stats(2, 0.75, 1.5 / 7));
        assertThat(alice.byTopic().get("api-design"))
                .isEqualTo(new Calibration.Stats(1, -1.0, -1.0 / 6));
    }

    @Test
    void withoutSummedPairsBiasAndShrunkBiasAreZero() {
        Calibration.Result bob = Calibration.fromSums(List.of(), 4);

        assertThat(bob.pairs()).isZero();
        assertThat(bob.bias()).isZero();
        assertThat(bob.shrunkBias()).isZero();
        assertThat(bob.scoresGiven()).isEqualTo(4);
        assertThat(bob.byTopic()).isEmpty();
    }

    @Test
    void shrunkBiasFromASumAndACount() {
        // sum(d) = 2.0 over 3 pairs -> 2.0 / (3 + 5) = 0.25; no pairs -> 0 whatever the sum.
        assertThat(Calibration.shrunkBias(2.0, 3)).isEqualTo(0.25);
        assertThat(Calibration.shrunkBias(-1.5, 1)).isEqualTo(-0.25);
        assertThat(Calibration.shrunkBias(0.0, 0)).isZero();
    }
}
