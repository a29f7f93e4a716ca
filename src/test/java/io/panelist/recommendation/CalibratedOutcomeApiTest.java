package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.recommendation.severity.SeverityJob;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.web.BrowserSession;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The case an outside review found (DESIGN.md version 2): a lenient interviewer and a new colleague give a candidate
 * a hire by the raw scores while every calibrated mean is under the bar. Ana scored four earlier candidates 4 on
 * security and testing where Ben and Cleo scored 2; then Ana 4 and Dan (new) 2 on Hana. The joint estimate (these
 * twenty scores are all it holds of these interviewers) gives s = Ana 0.9261, Ben and Cleo -0.3735, Dan -0.1790, so
 * Hana's calibrated means are ((4 - 0.9261) + (2 + 0.1790)) / 2 = 2.6265 on both topics, while the raw ones are 3.0.
 */
class CalibratedOutcomeApiTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    @Inject
    SeverityJob severityJob;
    Hiring hiring;
    Opening opening;
    UUID hana;

    @BeforeEach
    void anaIsLenientAndDanIsNew() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        for (int i = 0; i < 4; i++) {
            UUID earlier = hiring.applicant(opening, "Earlier Candidate " + i);
            UUID round = hiring.interview(earlier, opening.technicalStageId(), hiring.ana, hiring.ben, hiring.cleo);
            hiring.submit(round, hiring.ana, Card.of("YES", "security", 4, "testing", 4));
            hiring.submit(round, hiring.ben, Card.of("NO", "security", 2, "testing", 2));
            hiring.submit(round, hiring.cleo, Card.of("NO", "security", 2, "testing", 2));
        }
        hana = hiring.applicant(opening, "Hana Ito");
        UUID round = hiring.interview(hana, opening.technicalStageId(), hiring.ana, hiring.dan);
        hiring.submit(round, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 4));
        hiring.submit(round, hiring.dan, Card.of("NO", "security", 2, "testing", 2));
    }

    @Test
    void theOutcomeFollowsTheCalibratedMeansAndSaysWhoseLeniencyItCorrected() {
        JsonNode before = ok(hiring.recommendation(hana, hiring.manager));
        assertThat(before.get("outcome").asText()).as("no estimate yet: the scores as given").isEqualTo("HIRE");
        assertThat(before.at("/calibration/current").asBoolean()).isFalse();

        severityJob.reestimate();
        JsonNode rec = ok(hiring.recommendation(hana, hiring.manager));

        assertThat(rec.at("/calibration/current").asBoolean()).isTrue();
        assertThat(rec.get("rawScore").asDouble()).isEqualTo(3.0);
        assertThat(rec.get("overallScore").asDouble()).isEqualTo(2.63);
        assertThat(rec.get("topics")).extracting(t -> t.get("topicKey").asText(), t -> t.get("mean").asDouble(),
                        t -> t.get("calibratedMean").asDouble(), t -> t.get("status").asText())
                .containsExactly(tuple("security", 3.0, 2.63, "BELOW_MIN"), tuple("testing", 3.0, 2.63, "MET"));
        assertThat(rec.get("outcome").asText()).isEqualTo("NO_HIRE");
        assertThat(rec.get("reasons")).extracting(r -> r.get("code").asText())
                .containsExactly("MUST_HAVE_BELOW_MIN", "CALIBRATION_CHANGED_OUTCOME");
        assertThat(rec.at("/reasons/1/message").asText()).isEqualTo(
                "Ana usually scores 0.9 above the panel; without that adjustment this would be Hire.");
        assertThat(rec.get("probabilityAtLeastHire").asDouble()).isLessThan(0.5);
        assertThat(rec.at("/interval/low").asDouble()).isLessThan(2.63);
        assertThat(rec.at("/interval/high").asDouble()).isGreaterThan(2.63);
    }

    @Test
    void theCandidatePageSaysItInWordsAHiringManagerReads() {
        severityJob.reestimate();
        BrowserSession manager = new BrowserSession(server.getURI());
        manager.signIn("mo@example.com", TestUsers.PASSWORD);

        String page = manager.page("/applications/" + hana).text();

        assertThat(page).contains("No hire", "Overall score <strong>2.63</strong> of 4",
                "(3.00 before adjusting for how leniently each panelist scores)",
                "Ana usually scores 0.9 above the panel; without that adjustment this would be Hire.",
                "sure the candidate is below the hire bar.", "The overall score is probably (80%) between");
    }
}
