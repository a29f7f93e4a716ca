package io.panelist.web.recommendation;

import io.panelist.recommendation.calibration.ReliabilityResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A topic's reliability in plain words, on the numbers of ReliabilityIntervalTest. */
class ReliabilityWordingTest {

    @Test
    void shroutAndFleissExampleReadsAsAgreementPanelAndInterval() {
        // 6 candidates, 24 scores: ICC 0.1657, iccPanel 0.4428, 95% between -0.1329 and 0.7226
        String sentence = ReliabilityWording.sentence("Security",
                new ReliabilityResponse.Topic("security", 6, 24, 0.1657, 0.4428, -0.1329, 0.7226, true));

        assertThat(sentence).isEqualTo("Security: one panelist's score agrees 0.17 with another panelist's on the "
                + "same candidate; the panel's average, 0.44 with another panel's like it (0 is chance, 1 is always "
                + "the same). One panelist's agreement is between −0.13 and 0.72, 95% sure.");
    }

    @Test
    void aNegativeIccReadsAsNoAgreementAndFewCandidatesAsEarly() {
        String sentence = ReliabilityWording.sentence("Security",
                new ReliabilityResponse.Topic("security", 2, 8, -0.2917, null, -0.3285, 0.9573, false));

        assertThat(sentence).isEqualTo("Security: no agreement (−0.29). Panelists scoring the same candidate differ "
                + "more than the candidates do, so neither one score nor the panel's average says much here. One "
                + "panelist's agreement is between −0.33 and 0.96, 95% sure. Not enough data yet to rely on: only 2 "
                + "candidates, at least 5 are needed.");
    }

    @Test
    void withoutAnIccOrAnIntervalTheWordsSayWhy() {
        assertThat(ReliabilityWording.sentence("Testing",
                new ReliabilityResponse.Topic("testing", 1, 2, null, null, null, null, false)))
                .isEqualTo("Testing: not enough data yet: only 1 candidate scored by two or more panelists, at "
                        + "least 5 are needed.");
        assertThat(ReliabilityWording.sentence("Testing",
                new ReliabilityResponse.Topic("testing", 5, 10, null, null, null, null, true)))
                .isEqualTo("Testing: every score so far is the same, so agreement cannot be measured yet.");
        assertThat(ReliabilityWording.sentence("Testing",
                new ReliabilityResponse.Topic("testing", 5, 10, 1.0, 1.0, null, null, true)))
                .endsWith("Each candidate got the same score from every panelist so far, too little variety to "
                        + "say how sure that is.");
    }
}
