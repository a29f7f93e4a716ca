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
                "All topics", "to the right they score higher", "comparisons");
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
