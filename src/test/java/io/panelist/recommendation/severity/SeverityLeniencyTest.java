package io.panelist.recommendation.severity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The complaint of issue 21: Part 1's calibration (d = x - mean of the others on the cell, shrunkBias = sum d /
 * (n + 5)) pushes a lenient interviewer's leniency onto the people who sat with them. The joint estimate pushes far
 * less of it, and the less the more history those people share with others; it never vanishes.
 */
class SeverityLeniencyTest {
    static final int LENIENT = 0;
    static final int NEW_COLLEAGUE = 1;
    static final int FIRST_NEUTRAL = 2;
    static final int NEUTRALS = 20;

    record Score(int cell, int rater, double value) {
    }

    /**
     * Lenient (+1.4), with a long history (two candidates with each of eighteen neutral interviewers), sits with the
     * new colleague on 2 candidates and with each of two more neutral interviewers on 5. Those two belong to a company of twenty neutral interviewers who score more candidates two at a time, in rounds where each scores twice. Every score is the candidate's ability plus its rater's severity, no noise.
     */
    static List<Score> panel(int rounds) {
        List<Score> scores = new ArrayList<>();
        int cell = 0;
        for (int i = 0; i < 2; i++, cell++) {
            double ability = 2.5 + 0.1 * i;
            scores.add(new Score(cell, LENIENT, ability + 1.4));
            scores.add(new Score(cell, NEW_COLLEAGUE, ability));
        }
        for (int neutral = FIRST_NEUTRAL; neutral < FIRST_NEUTRAL + 2; neutral++) {
            for (int i = 0; i < 5; i++, cell++) {
                double ability = 2.0 + 0.2 * i;
                scores.add(new Score(cell, LENIENT, ability + 1.4));
                scores.add(new Score(cell, neutral, ability));
            }
        }
        // Lenient's long history: two candidates with each of the other eighteen neutrals
        for (int i = 0; i < 2 * (NEUTRALS - 2); i++, cell++) {
            double ability = 2.0 + 0.02 * i;
            scores.add(new Score(cell, LENIENT, ability + 1.4));
            scores.add(new Score(cell, FIRST_NEUTRAL + 2 + i % (NEUTRALS - 2), ability));
        }
        // rounds in which every neutral scores once with each of two others, a different pair each round
        for (int i = 0; i < rounds * NEUTRALS; i++, cell++) {
            double ability = 1.5 + 0.01 * i;
            int round = i / NEUTRALS;
            scores.add(new Score(cell, FIRST_NEUTRAL + i % NEUTRALS, ability));
            scores.add(new Score(cell, FIRST_NEUTRAL + (i % NEUTRALS + 1 + round) % NEUTRALS, ability));
        }
        return scores;
    }

    @Test
    void aLenientInterviewersLeniencyIsPushedOntoCoRatersFarLessThanPartOneDid() {
        List<Score> scores = panel(10);
        double[] partOne = partOneShrunkBias(scores);
        double[] joint = joint(scores);

        // Part 1 by hand for a neutral who sat with Lenient: 5 pairs d = -1.4 and 20 pairs d = 0:
        // shrunkBias = -7 / 30 = -0.2333. The new colleague: 2 pairs d = -1.4: -2.8 / 7 = -0.4.
        assertThat(partOne[FIRST_NEUTRAL]).isCloseTo(-7.0 / 30, within(1e-12));
        assertThat(partOne[NEW_COLLEAGUE]).isCloseTo(-2.8 / 7, within(1e-12));
        System.out.printf("co-rater severity, Part 1 vs joint: neutral %.4f vs %.4f, new colleague %.4f vs %.4f;"
                        + " lenient %.4f vs %.4f%n", partOne[FIRST_NEUTRAL], joint[FIRST_NEUTRAL],
                partOne[NEW_COLLEAGUE], joint[NEW_COLLEAGUE], partOne[LENIENT], joint[LENIENT]);

        assertThat(Math.abs(joint[FIRST_NEUTRAL])).isLessThan(Math.abs(partOne[FIRST_NEUTRAL]) / 2);
        assertThat(Math.abs(joint[NEW_COLLEAGUE])).isLessThan(Math.abs(partOne[NEW_COLLEAGUE]) / 2);
    }

    @Test
    void theMoreHistoryCoRatersShareWithOthersTheLessLeniencyTheyTake() {
        double lessHistory = joint(panel(2))[FIRST_NEUTRAL];
        double moreHistory = joint(panel(10))[FIRST_NEUTRAL];

        assertThat(Math.abs(moreHistory)).isLessThan(Math.abs(lessHistory));
        assertThat(moreHistory).as("never zero, only small").isNegative();
    }

    static double[] joint(List<Score> scores) {
        SeverityEstimator.Scores input = new SeverityEstimator.Scores();
        scores.forEach(s -> input.add(s.cell(), s.rater(), s.value()));
        return SeverityEstimator.estimate(input).severities();
    }

    /** Part 1, written out: for every score on a cell others scored too, d = x - mean(the others' scores). */
    static double[] partOneShrunkBias(List<Score> scores) {
        double[] sum = new double[FIRST_NEUTRAL + NEUTRALS];
        int[] pairs = new int[sum.length];
        for (Score score : scores) {
            double others = 0;
            int count = 0;
            for (Score other : scores) {
                if (other.cell() == score.cell() && other.rater() != score.rater()) {
                    others += other.value();
                    count++;
                }
            }
            if (count > 0) {
                sum[score.rater()] += score.value() - others / count;
                pairs[score.rater()]++;
            }
        }
        double[] shrunk = new double[sum.length];
        for (int r = 0; r < sum.length; r++) {
            shrunk[r] = sum[r] / (pairs[r] + 5);
        }
        return shrunk;
    }
}
