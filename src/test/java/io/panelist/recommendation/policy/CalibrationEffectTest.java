package io.panelist.recommendation.policy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The case, by hand: Ana (severity +1.4) and Ben (-0.1) score security (weight 2): Ana 4, Ben 3; Ana alone
 * scores testing (weight 1): 4. Raw: security 3.5, testing 4, overall (2 * 3.5 + 4) / 3 = 3.6667, a strong hire.
 * Calibrated: security (4 - 1.4 + 3 + 0.1) / 2 = 2.85, testing 4 - 1.4 = 2.6, overall (2 * 2.85 + 2.6) / 3 = 2.7667.
 */
class CalibrationEffectTest {
    static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID STAGE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final Map<UUID, Double> SEVERITY = Map.of(ANA, 1.4, BEN, -0.1);
    static final List<Evidence.ScoreGroup> GROUPS = List.of(
            new Evidence.ScoreGroup("security", STAGE, ANA, 1, 4, 4, 4),
            new Evidence.ScoreGroup("security", STAGE, BEN, 1, 3, 3, 3),
            new Evidence.ScoreGroup("testing", STAGE, ANA, 1, 4, 4, 4));
    static final List<Verdict.TopicResult> TOPICS = List.of(
            new Verdict.TopicResult("security", 2, true, 3, 2, 3.5, 2.85, 1, "BELOW_MIN", 3),
            new Verdict.TopicResult("testing", 1, false, 2, 1, 4.0, 2.6, 0, "MET", 4));

    @Test
    void aTopicsCalibratedMeanTakesEachScoresRaterSeverityOff() {
        assertThat(CalibrationEffect.calibratedMean(GROUPS.subList(0, 2), SEVERITY)).isCloseTo(2.85, within(1e-12));
        assertThat(CalibrationEffect.calibratedMean(GROUPS.subList(2, 3), SEVERITY)).isCloseTo(2.6, within(1e-12));
        assertThat(CalibrationEffect.calibratedMean(GROUPS.subList(0, 2), Map.of())).isEqualTo(3.5);
        assertThat(CalibrationEffect.calibratedMean(List.of(), SEVERITY)).isNull();
    }

    @Test
    void theCalibratedMeanIsClampedToTheScale() {
        // a harsh rater's 4: 4 + 0.5 = 4.5, clamped to 4
        assertThat(CalibrationEffect.calibratedMean(List.of(new Evidence.ScoreGroup("security", STAGE, BEN, 1, 4, 4,
                4)), Map.of(BEN, -0.5))).isEqualTo(4.0);
    }

    @Test
    void eachInterviewersShiftIsTheirSeverityWeighedByTheirShareOfEachTopic() {
        // Ana: security 2/3 * -1 * 1.4 / 2 = -0.4667, testing 1/3 * -1 * 1.4 / 1 = -0.4667: -0.9333
        // Ben: security 2/3 * -1 * -0.1 / 2 = +0.0333. Together -0.9 = 2.7667 - 3.6667.
        List<CalibrationEffect.Shift> shifts = CalibrationEffect.shifts(TOPICS, GROUPS, SEVERITY);

        assertThat(shifts).extracting(CalibrationEffect.Shift::interviewerId).containsExactly(ANA, BEN);
        assertThat(shifts.get(0).shift()).isCloseTo(-0.9333, within(1e-4));
        assertThat(shifts.get(1).shift()).isCloseTo(0.0333, within(1e-4));
        assertThat(CalibrationEffect.movedMost(shifts)).extracting(CalibrationEffect.Shift::interviewerId)
                .containsExactly(ANA);
    }

    @Test
    void theMessageSaysWhoMovedItAndWhatItWouldBeWithout() {
        List<CalibrationEffect.Shift> most = CalibrationEffect.movedMost(CalibrationEffect.shifts(TOPICS, GROUPS,
                SEVERITY));

        assertThat(CalibrationEffect.message(most, Map.of(ANA, "Ana", BEN, "Ben"), Outcome.HIRE))
                .isEqualTo("Ana usually scores 1.4 above the panel; without that adjustment this would be Hire.");
        assertThat(CalibrationEffect.message(List.of(new CalibrationEffect.Shift(ANA, 1.4, -0.6),
                new CalibrationEffect.Shift(BEN, -0.6, 0.4)), Map.of(ANA, "Ana", BEN, "Ben"), Outcome.NO_HIRE))
                .isEqualTo("Ana usually scores 1.4 above the panel and Ben usually scores 0.6 below the panel;"
                        + " without those adjustments this would be No hire.");
    }
}
