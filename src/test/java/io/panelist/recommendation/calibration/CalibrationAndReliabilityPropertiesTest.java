package io.panelist.recommendation.calibration;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties of calibration (bias and shrunk bias of an interviewer's differences to their co-panelists) and of
 * ICC(1,1) reliability, over random differences in [-3, 3] on up to four topics and random positions of 2-12
 * targets with 2-6 scores 1..4 each.
 */
class CalibrationAndReliabilityPropertiesTest {
    private static final List<String> TOPICS = List.of("security", "testing", "operations", "collaboration");
    private static final double TOLERANCE = 1e-9;

    // ---- calibration

    @Property(tries = 500)
    void biasStaysInTheRangeOfTheDifferencesAndShrinkingOnlyPullsItTowardsZero(@ForAll("pairs") List<Calibration.Pair> pairs) {
        Calibration.Result result = Calibration.of(pairs, pairs.size());

        assertThat(result.pairs()).isEqualTo(pairs.size());
        if (pairs.isEmpty()) {
            assertThat(result.bias()).isZero();
            assertThat(result.shrunkBias()).isZero();
            return;
        }
        double min = pairs.stream().mapToDouble(Calibration.Pair::difference).min().orElseThrow();
        double max = pairs.stream().mapToDouble(Calibration.Pair::difference).max().orElseThrow();
        assertThat(result.bias()).isBetween(min - TOLERANCE, max + TOLERANCE);
        assertThat(Math.abs(result.shrunkBias())).isLessThanOrEqualTo(Math.abs(result.bias()) + TOLERANCE);
        assertThat(result.shrunkBias() * result.bias()).isGreaterThanOrEqualTo(0);
        assertThat(result.shrunkBias()).isCloseTo(result.bias() * pairs.size() / (pairs.size() + 5.0),
                within(TOLERANCE));
    }

    @Property(tries = 500)
    void scoringTheOtherWayRoundNegatesTheBias(@ForAll("pairs") List<Calibration.Pair> pairs) {
        Calibration.Result result = Calibration.of(pairs, pairs.size());
        Calibration.Result mirrored = Calibration.of(pairs.stream()
                .map(p -> new Calibration.Pair(p.topicKey(), -p.difference())).toList(), pairs.size());

        assertThat(mirrored.bias()).isCloseTo(-result.bias(), within(TOLERANCE));
        assertThat(mirrored.shrunkBias()).isCloseTo(-result.shrunkBias(), within(TOLERANCE));
        result.byTopic().forEach((topic, stats) ->
                assertThat(mirrored.byTopic().get(topic).bias()).isCloseTo(-stats.bias(), within(TOLERANCE)));
    }

    @Property(tries = 500)
    void scoringEverythingHigherByAConstantRaisesTheBiasByIt(@ForAll("pairs") List<Calibration.Pair> pairs,
                                                            @ForAll @IntRange(min = -3, max = 3) int shift) {
        Assume.that(!pairs.isEmpty());
        Calibration.Result result = Calibration.of(pairs, pairs.size());
        Calibration.Result shifted = Calibration.of(pairs.stream()
                .map(p -> new Calibration.Pair(p.topicKey(), p.difference() + shift)).toList(), pairs.size());

        assertThat(shifted.bias()).isCloseTo(result.bias() + shift, within(1e-6));
    }

    @Property(tries = 500)
    void theOrderOfThePairsDoesNotMatterAndSumsPerTopicGiveTheSameAnswer(@ForAll("pairs") List<Calibration.Pair> pairs,
                                                                        @ForAll long seed) {
        List<Calibration.Pair> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, double[]> sums = new LinkedHashMap<>();
        pairs.forEach(p -> {
            double[] sum = sums.computeIfAbsent(p.topicKey(), k -> new double[2]);
            sum[0]++;
            sum[1] += p.difference();
        });
        Calibration.Result result = Calibration.of(pairs, 7);
        Calibration.Result again = Calibration.of(shuffled, 7);
        Calibration.Result fromSums = Calibration.fromSums(sums.entrySet().stream()
                .map(e -> new Calibration.TopicSum(e.getKey(), (int) e.getValue()[0], e.getValue()[1])).toList(), 7);

        for (Calibration.Result other : List.of(again, fromSums)) {
            assertThat(other.pairs()).isEqualTo(result.pairs());
            assertThat(other.bias()).isCloseTo(result.bias(), within(1e-6));
            assertThat(other.shrunkBias()).isCloseTo(result.shrunkBias(), within(1e-6));
            assertThat(other.byTopic().keySet()).containsExactlyInAnyOrderElementsOf(result.byTopic().keySet());
            result.byTopic().forEach((topic, stats) -> {
                assertThat(other.byTopic().get(topic).pairs()).isEqualTo(stats.pairs());
                assertThat(other.byTopic().get(topic).bias()).isCloseTo(stats.bias(), within(1e-6));
            });
        }
        assertThat(result.byTopic().values().stream().mapToInt(Calibration.Stats::pairs).sum())
                .isEqualTo(result.pairs());
    }

    @Provide
    Arbitrary<List<Calibration.Pair>> pairs() {
        // d = x - mean(others): x in 1..4, the others' mean a multiple of 1/6 in 1..4
        Arbitrary<Double> difference = Arbitraries.integers().between(-18, 18).map(i -> i / 6.0);
        return net.jqwik.api.Combinators.combine(Arbitraries.of(TOPICS), difference).as(Calibration.Pair::new)
                .list().ofMaxSize(40);
    }

    // ---- reliability

    @Property(tries = 500)
    void iccIsAtMostOneAndNeverNaN(@ForAll("positions") List<List<Integer>> scores) {
        Double icc = Reliability.icc(targets(scores, 0, 1));

        if (icc != null) {
            assertThat(icc).isNotNaN().isLessThanOrEqualTo(1 + TOLERANCE);
        }
    }

    @Property(tries = 500)
    void withTheSameNumberOfScoresPerTargetIccIsAtLeastMinusOneOverNMinusOne(
            @ForAll("balancedPositions") List<List<Integer>> scores) {
        Double icc = Reliability.icc(targets(scores, 0, 1));
        int n = scores.get(0).size();

        if (icc != null) {
            assertThat(icc).isGreaterThanOrEqualTo(-1.0 / (n - 1) - TOLERANCE);
        }
    }

    @Property(tries = 500)
    void shiftingOrStretchingEveryScoreLeavesIccAlone(@ForAll("positions") List<List<Integer>> scores,
                                                      @ForAll @IntRange(min = -10, max = 10) int shift,
                                                      @ForAll @IntRange(min = 1, max = 5) int stretch) {
        Double icc = Reliability.icc(targets(scores, 0, 1));
        Double moved = Reliability.icc(targets(scores, shift, stretch));

        if (icc == null || moved == null) {
            // only a (numerically) zero denominator gives null, and then for both
            assertThat(icc == null && moved == null || Math.abs(denominatorHint(scores)) < 1e-6).isTrue();
        } else {
            assertThat(moved).isCloseTo(icc, within(1e-6));
        }
    }

    @Property(tries = 300)
    void theOrderOfTheTargetsDoesNotMatter(@ForAll("positions") List<List<Integer>> scores, @ForAll long seed) {
        List<List<Integer>> shuffled = new ArrayList<>(scores);
        Collections.shuffle(shuffled, new Random(seed));
        Double icc = Reliability.icc(targets(scores, 0, 1));
        Double again = Reliability.icc(targets(shuffled, 0, 1));

        if (icc == null) {
            assertThat(again).isNull();
        } else {
            assertThat(again).isCloseTo(icc, within(1e-9));
        }
    }

    @Property(tries = 300)
    void whenEveryPanelAgreesWithinATargetAndTargetsDifferIccIsOne(
            @ForAll("agreeingPositions") List<List<Integer>> scores) {
        Assume.that(scores.stream().map(s -> s.get(0)).distinct().count() > 1);

        assertThat(Reliability.icc(targets(scores, 0, 1))).isCloseTo(1.0, within(1e-9));
    }

    @Property(tries = 100)
    void fewerThanTwoTargetsHaveNoIcc(@ForAll("positions") List<List<Integer>> scores) {
        assertThat(Reliability.icc(targets(scores.subList(0, 1), 0, 1))).isNull();
        assertThat(Reliability.icc(List.of())).isNull();
    }

    @Provide
    Arbitrary<List<List<Integer>>> positions() {
        return Arbitraries.integers().between(1, 4).list().ofMinSize(2).ofMaxSize(6).list().ofMinSize(2).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<List<Integer>>> balancedPositions() {
        return Arbitraries.integers().between(2, 6).flatMap(n ->
                Arbitraries.integers().between(1, 4).list().ofSize(n).list().ofMinSize(2).ofMaxSize(12));
    }

    @Provide
    Arbitrary<List<List<Integer>>> agreeingPositions() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(2, 6)).as(Collections::nCopies).list().ofMinSize(2).ofMaxSize(12);
    }

    private static List<Reliability.Target> targets(List<List<Integer>> scores, int shift, int stretch) {
        return scores.stream().map(list -> {
            double sum = 0;
            double squares = 0;
            for (int score : list) {
                double x = score * stretch + shift;
                sum += x;
                squares += x * x;
            }
            return new Reliability.Target(list.size(), sum, squares);
        }).toList();
    }

    /** MSB + (n0 - 1) MSW of the unshifted scores, to tell a degenerate position from a real difference. */
    private static double denominatorHint(List<List<Integer>> scores) {
        List<Reliability.Target> targets = targets(scores, 0, 1);
        int k = targets.size();
        double n = targets.stream().mapToDouble(Reliability.Target::count).sum();
        double grand = targets.stream().mapToDouble(Reliability.Target::sum).sum() / n;
        double ssb = 0;
        double ssw = 0;
        double squared = 0;
        for (Reliability.Target t : targets) {
            double mean = t.sum() / t.count();
            ssb += t.count() * (mean - grand) * (mean - grand);
            ssw += t.sumOfSquares() - t.sum() * t.sum() / t.count();
            squared += (double) t.count() * t.count();
        }
        double n0 = (n - squared / n) / (k - 1);
        return ssb / (k - 1) + (n0 - 1) * (n - k > 0 ? ssw / (n - k) : 0);
    }
}
