package io.panelist.scheduling;

import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

/** Parallel bookings over real HTTP: the database lets exactly one of many overlapping requests win. */
class SchedulingRaceTest extends IntegrationTest {
    static final int RACERS = 10;
    static final Instant TEN = Instant.parse("2030-03-11T10:00:00Z");
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    String recruiter;

    @BeforeEach
    void openAPosition() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @RepeatedTest(3)
    void tenParallelBookingsOfOnePanelistForOverlappingSlotsLetExactlyOneWin() throws Exception {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            UUID application = fixtures.applicant(team.admin(), opening, "Racer " + (char) ('A' + i));
            Instant start = TEN.plus(Duration.ofMinutes(5L * i));
            bodies.add(booking(application, opening.screenStageId(), start, start.plus(Duration.ofMinutes(60)),
                    team.ana()));
        }

        List<Answer> answers = race(bodies);

        assertOneWinnerNamedByEveryLoser(answers);
        assertThat(count("SELECT count(*) FROM interview_panelists WHERE user_id = '" + team.ana() + "'"))
                .isEqualTo(1);
    }

    @RepeatedTest(3)
    void tenParallelBookingsOfOneCandidateWithDifferentPanelsLetExactlyOneWin() throws Exception {
        UUID application = fixtures.applicant(team.admin(), opening, "Zoe Example");
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            UUID panelist = fixtures.interviewer("racer" + i + "@example.com");
            Instant start = TEN.plus(Duration.ofMinutes(5L * i));
            bodies.add(booking(application, i % 2 == 0 ? opening.screenStageId() : opening.technicalStageId(), start,
                    start.plus(Duration.ofMinutes(60)), panelist));
        }

        List<Answer> answers = race(bodies);

        assertOneWinnerNamedByEveryLoser(answers);
        assertThat(count("SELECT count(*) FROM interview_panelists")).isEqualTo(1);
    }

    private List<Answer> race(List<Map<String, Object>> bodies) throws Exception {
        return SchedulingFixtures.parallelPosts(api, recruiter, "/api/v1/interviews", bodies);
    }

    private void assertOneWinnerNamedByEveryLoser(List<Answer> answers) {
        List<Answer> winners = answers.stream().filter(a -> a.status() == 201).toList();
        List<Answer> losers = answers.stream().filter(a -> a.status() != 201).toList();
        assertThat(winners).as(answers.toString()).hasSize(1);
        assertThat(losers).as(answers.toString()).hasSize(RACERS - 1)
                .allSatisfy(loser -> {
                    assertThat(loser.status()).isEqualTo(409);
                    assertThat(loser.isProblem()).isTrue();
                    assertThat(loser.problemType()).isEqualTo("interview-conflict");
                });
        String winner = winners.get(0).json().get("id").asText();
        assertThat(losers).as("every loser names the winning round")
                .allSatisfy(loser -> assertThat(loser.json().get("errors").toString()).contains(winner));
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'interview.scheduled'")).isEqualTo(1);
    }
}
