package io.panelist.web.recommendation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The interval and probability of DESIGN v2 as a hiring manager reads them. */
class CertaintyWordingTest {

    @Test
    void theLikelierSideOfTheHireBarIsSaidWithHowSureItIs() {
        assertThat(ReviewWording.certainty(0.8)).isEqualTo("80% sure the candidate is at or above the hire bar");
        assertThat(ReviewWording.certainty(0.2791)).isEqualTo("72% sure the candidate is below the hire bar");
        assertThat(ReviewWording.certainty(0.5)).isEqualTo("50% sure the candidate is at or above the hire bar");
    }

    @Test
    void certaintyIsNeverSaidAsAHundredPercent() {
        assertThat(ReviewWording.certainty(0.9996)).isEqualTo("Over 99% sure the candidate is at or above the hire bar");
        assertThat(ReviewWording.certainty(0.0)).isEqualTo("Over 99% sure the candidate is below the hire bar");
    }

    @Test
    void theIntervalReadsAsTwoScores() {
        assertThat(ReviewWording.interval(2.76, 3.64))
                .isEqualTo("The overall score is probably (80%) between 2.76 and 3.64");
    }
}
