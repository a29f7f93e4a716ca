package io.panelist.scheduling;

import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load limits hold (a booking or a move over a panelist's daily or weekly limit is 409 unless overridden with a
 * reason, which is audited), an interview in the past is booked only on purpose, and a scorecard waits for its
 * interview to start.
 */
class LoadLimitsApiTest extends IntegrationTest {
    // Monday 11 March 2030 (Europe/Berlin); the week runs to Sunday 17 March
    static final String MONDAY = "2030-03-11T";
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    String recruiter;
    String admin;

    @BeforeEach
    void aTeamWithAnOpening() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        admin = api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD);
    }

    @Test
    void aWeeklyLimitOfOneRefusesTheSecondBookingOfThatWeekButNotOfTheNext() {
        limitAnaPerWeek(1);
        assertThat(book(applicant("Ava"), MONDAY + "09:00:00Z", null).status()).isEqualTo(201);

        Answer refused = book(applicant("Bo"), "2030-03-17T10:00:00Z", null);
        Answer nextWeek = book(applicant("Cy"), "2030-03-18T09:00:00Z", null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("load-limit");
        assertThat(refused.json().get("detail").asText()).contains("Ana would have 2 interviews in the week of"
                + " 2030-03-11, over their limit of 1.");
        assertThat(nextWeek.status()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(2);
    }

    @Test
    void anOverrideWithAReasonBooksItAnywayAndIsAudited() {
        limitAnaPerWeek(1);
        book(applicant("Ava"), MONDAY + "09:00:00Z", null);

        Answer overridden = book(applicant("Bo"), MONDAY + "13:00:00Z",
                Map.of("reason", "Hiring push: Ana agreed to two this week"));
        Answer blank = book(applicant("Cy"), MONDAY + "15:00:00Z", Map.of("reason", " "));

        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(201);
        assertThat(overridden.json().get("warnings").get(0).asText()).contains("over their limit of 1");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'interview.load-limit-overridden'"
                + " AND details->>'reason' = 'Hiring push: Ana agreed to two this week'")).isEqualTo(1);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(2);
    }

    @Test
    void movingAnInterviewIntoAFullWeekIsRefusedToo() {
        limitAnaPerWeek(1);
        book(applicant("Ava"), MONDAY + "09:00:00Z", null);
        String later = book(applicant("Bo"), "2030-03-18T09:00:00Z", null).json().get("id").asText();

        Answer moved = api.call("PATCH", "/api/v1/interviews/" + later).ifMatchCurrent().token(recruiter)
                .json(Map.of("startsAt", MONDAY + "13:00:00Z", "endsAt", MONDAY + "14:00:00Z")).send();

        assertThat(moved.status()).as(moved.toString()).isEqualTo(409);
        assertThat(moved.problemType()).isEqualTo("load-limit");
        assertThat(count("SELECT count(*) FROM interviews WHERE starts_at = '2030-03-18T09:00:00Z'")).isEqualTo(1);
    }

    @Test
    void tenConcurrentBookingsOfOnePersonWithALimitOfThreeBookExactlyThree() throws Exception {
        limitAnaPerWeek(3);
        List<UUID> applicants = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            applicants.add(applicant("Racer " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String start = MONDAY + String.format("%02d:00:00Z", 8 + i);
                UUID applicant = applicants.get(i);
                answers.add(pool.submit(() -> book(applicant, start, null)));
            }
            long booked = 0;
            for (Future<Answer> answer : answers) {
                int status = answer.get().status();
                assertThat(status).isIn(201, 409);
                booked += status == 201 ? 1 : 0;
            }
            assertThat(booked).isEqualTo(3);
        } finally {
            pool.shutdown();
        }
        assertThat(count("SELECT count(*) FROM interview_panelists WHERE live")).isEqualTo(3);
    }

    @Test
    void anInterviewInThePastIsBookedOnlyWithAllowPast() {
        Instant yesterday = Instant.now().minusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        UUID ava = applicant("Ava");

        Answer refused = api.post("/api/v1/interviews", recruiter, SchedulingFixtures.booking(ava,
                opening.screenStageId(), yesterday, yesterday.plusSeconds(3600), team.ana()));
        Map<String, Object> onPurpose = new HashMap<>(SchedulingFixtures.booking(ava, opening.screenStageId(),
                yesterday, yesterday.plusSeconds(3600), team.ana()));
        onPurpose.put("allowPast", true);
        Answer recorded = api.post("/api/v1/interviews", recruiter, onPurpose);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("startsAt");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(1);
    }

    @Test
    void aScorecardIsNotSubmittedBeforeItsInterviewStarts() {
        String id = book(applicant("Ava"), MONDAY + "09:00:00Z", null).json().get("id").asText();
        String ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);

        Answer early = api.call("POST", "/api/v1/interviews/" + id + "/scorecard/submit").token(ana).send();

        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.json().get("detail").asText()).contains("once its interview has started");
        assertThat(count("SELECT count(*) FROM scorecards WHERE status = 'SUBMITTED'")).isZero();
    }

    private void limitAnaPerWeek(int limit) {
        Answer me = api.get("/api/v1/users/" + team.ana(), admin);
        Map<String, Object> body = new HashMap<>();
        body.put("email", SchedulingFixtures.ANA);
        body.put("displayName", "Ana");
        body.put("roles", List.of("INTERVIEWER"));
        body.put("timeZone", "Europe/Berlin");
        body.put("weeklyInterviewLimit", limit);
        Answer saved = api.call("PUT", "/api/v1/users/" + team.ana()).token(admin)
                .header("If-Match", me.header("ETag")).json(body).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    private UUID applicant(String name) {
        return fixtures.applicant(team.admin(), opening, name);
    }

    private Answer book(UUID application, String start, Map<String, String> override) {
        Instant at = Instant.parse(start);
        Map<String, Object> body = new HashMap<>(SchedulingFixtures.booking(application, opening.screenStageId(), at,
                at.plusSeconds(3600), team.ana()));
        if (override != null) {
            body.put("overrideLoadLimit", override);
        }
        return api.post("/api/v1/interviews", recruiter, body);
    }
}
