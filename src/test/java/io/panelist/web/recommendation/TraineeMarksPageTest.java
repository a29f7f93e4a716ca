package io.panelist.web.recommendation;

import io.panelist.support.Answer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate page shows a trainee's scores, marked as not counted, and draws and flags only the scores that count.
 * In the demo, Ana scored Priya's security 4 in the technical deep dive and Ben 1; the round also assesses data
 * migrations, the request lifecycle and testing.
 */
class TraineeMarksPageTest extends ManagerWebTest {
    static final Pattern MARKED_SCORE = Pattern.compile(
            ">1</span>\\s*<span class=\"not-counted muted small\">\\(trainee: not counted\\)</span>");
    static final Pattern MARKED_VOTE = Pattern.compile(
            ">No</span>\\s*<span class=\"not-counted muted small\">\\(trainee: not counted\\)</span>");

    @Test
    void aTraineesTopicScoreIsShownMarkedAndLeftOutOfTheChartAndTheAgenda() {
        UUID priya = application("Priya Sharma").id();
        assertThat(signIn("manager@example.com").page("/applications/" + priya).text())
                .contains("Security, spread 3 (scores from 1 to 4)").doesNotContain("trainee: not counted");

        qualify("ben@example.com", "security");
        String page = signIn("manager@example.com").page("/applications/" + priya).text();

        assertThat(page).containsPattern(MARKED_SCORE).doesNotContainPattern(MARKED_VOTE)
                .contains("Security: a must-have resting on a single score").doesNotContain("scores from 1 to 4");
    }

    @Test
    void theVoteOfATraineeInEveryTopicOfTheRoundIsShownMarked() {
        UUID priya = application("Priya Sharma").id();

        qualify("ben@example.com", "security", "data-migrations", "request-lifecycle", "testing-ci");
        Answer page = signIn("recruiter@example.com").page("/applications/" + priya);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).containsPattern(MARKED_SCORE).containsPattern(MARKED_VOTE);
    }

    /** Makes the person a TRAINEE in these topics, through the API as an administrator. */
    private void qualify(String email, String... topics) {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        Answer saved = api.putCurrent("/api/v1/interviewers/" + userId(email) + "/qualifications", admin,
                Map.of("topics",
                List.of(topics).stream().map(t -> Map.of("topicKey", t, "level", "TRAINEE")).toList()));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }
}
