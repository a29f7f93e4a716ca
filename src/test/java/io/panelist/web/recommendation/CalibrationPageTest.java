package io.panelist.web.recommendation;

import io.panelist.support.Answer;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** /interviewers/{id}/calibration: for administrators, hiring managers and the interviewer, as the API allows. */
class CalibrationPageTest extends ManagerWebTest {

    @Test
    void theManagerReadsAnInterviewersCalibrationAsAChartAndASentence() {
        UUID ana = userId("ana@example.com");

        Answer page = signIn("manager@example.com").page("/interviewers/" + ana + "/calibration");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("How Ana Interviewer scores", "points on average over",
                "<svg", "<title id=\"calibration-chart-title\">Scoring next to the panel: Ana Interviewer</title>",
                "All topics", "to the right they score higher", "comparisons",
                "Weighing everyone&#39;s history together, Ana Interviewer");
    }

    @Test
    void theSeverityReadsAsHowFarAboveOrBelowThePanelTheInterviewerUsuallyScores() {
        assertThat(CalibrationPage.severity(1.4, "Ana")).isEqualTo("Weighing everyone's history together, Ana usually"
                + " scores 1.4 above the panel: recommendations adjust their scores by that much.");
        assertThat(CalibrationPage.severity(-0.62, "Ben")).contains("Ben usually scores 0.6 below the panel");
        assertThat(CalibrationPage.severity(0.04, "Cleo")).isEqualTo("Weighing everyone's history together, Cleo"
                + " scores in line with the panel: recommendations take their scores as given.");
    }

    @Test
    void onlyTheInterviewerThemselvesAmongInterviewersMayLook() {
        UUID ana = userId("ana@example.com");
        UUID ben = userId("ben@example.com");

        assertThat(signIn("ana@example.com").page("/interviewers/" + ana + "/calibration").status()).isEqualTo(200);
        Answer foreign = signIn("ana@example.com").page("/interviewers/" + ben + "/calibration");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.text()).contains("Calibration is for administrators");
        assertThat(signIn("recruiter@example.com").page("/interviewers/" + ana + "/calibration").status())
                .isEqualTo(403);
        assertThat(signIn("admin@example.com").page("/interviewers/" + UUID.randomUUID() + "/calibration").status())
                .isEqualTo(404);
    }
}
