package io.panelist.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

/** No double booking: a panelist or a candidate is never in two overlapping live rounds. */
class SchedulingConflictsApiTest extends IntegrationTest {
    static final String DAY = "2030-03-11T";
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    UUID zoe;
    UUID yan;
    String recruiter;

    @BeforeEach
    void openAPositionWithTwoApplicants() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        zoe = fixtures.applicant(team.admin(), opening, "Zoe Example");
        yan = fixtures.applicant(team.admin(), opening, "Yan Example");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void aPanelistInAnOverlappingRoundIsAConflictThatNamesTheRoundAndThePerson() {
        String first = bookOk(zoe, opening.screenStageId(), "10:00", "11:00", team.ana());

        Answer clash = book(yan, opening.screenStageId(), "10:30", "11:30", team.ben(), team.ana());

        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.isProblem()).isTrue();
        assertThat(clash.problemType()).isEqualTo("interview-conflict");
        assertThat(clash.json().get("detail").asText()).contains(first);
        JsonNode errors = clash.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).contains(team.ana().toString());
        assertThat(errors.get(0).get("message").asText()).contains("Ana", first);
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(1);
    }

    @Test
    void aCandidateInAnOverlappingRoundIsAConflictToo() {
        String first = bookOk(zoe, opening.screenStageId(), "10:00", "11:00", team.ana());

        Answer clash = book(zoe, opening.technicalStageId(), "10:59", "12:00", team.ben());

        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.problemType()).isEqualTo("interview-conflict");
        assertThat(clash.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("candidate");
        assertThat(clash.json().at("/errors/0/message").asText()).contains(first);
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(1);
    }

    @Test
    void aCandidateIsNotDoubleBookedAcrossTwoApplications() {
        Opening other = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Data Engineer");
        UUID candidate = fixtures.candidate(team.admin(), "Wu Example");
        UUID backend = fixtures.application(team.admin(), candidate, opening.positionId());
        UUID data = fixtures.application(team.admin(), candidate, other.positionId());
        String first = bookOk(backend, opening.screenStageId(), "10:00", "11:00", team.ana());

        Answer clash = book(data, other.screenStageId(), "10:30", "11:30", team.ben());

        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("candidate");
        assertThat(clash.json().at("/errors/0/message").asText()).contains(first);
    }

    @Test
    void everyoneWhoIsDoubleBookedIsNamed() {
        String first = bookOk(zoe, opening.screenStageId(), "10:00", "11:00", team.ana(), team.ben());

        Answer clash = book(zoe, opening.technicalStageId(), "10:15", "10:45", team.ana(), team.ben());

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("candidate", "panelistIds/" + team.ana(), "panelistIds/" + team.ben());
        assertThat(clash.json().get("errors")).allSatisfy(e -> assertThat(e.get("message").asText()).contains(first));
    }

    @Test
    void backToBackRoundsAreFineForPanelistsAndCandidates() {
        bookOk(zoe, opening.screenStageId(), "10:00", "11:00", team.ana());

        Answer samePanelist = book(yan, opening.screenStageId(), "11:00", "12:00", team.ana());
        Answer sameCandidate = book(zoe, opening.technicalStageId(), "11:00", "12:00", team.ben());
        Answer before = book(zoe, opening.technicalStageId(), "09:00", "10:00", team.manager());

        assertThat(samePanelist.status()).as(samePanelist.toString()).isEqualTo(201);
        assertThat(sameCandidate.status()).as(sameCandidate.toString()).isEqualTo(201);
        assertThat(before.status()).as(before.toString()).isEqualTo(201);
    }

    @Test
    void cancellingFreesTheSlotForANewBooking() {
        String first = bookOk(zoe, opening.screenStageId(), "10:00", "11:00", team.ana());
        assertThat(book(yan, opening.screenStageId(), "10:00", "11:00", team.ana()).status()).isEqualTo(409);

        Answer cancelled = api.post("/api/v1/interviews/" + first + "/cancel", recruiter,
                Map.of("reason", "Candidate asked to move"));
        Answer rebooked = book(yan, opening.screenStageId(), "10:00", "11:00", team.ana());
        Answer sameCandidate = book(zoe, opening.technicalStageId(), "10:00", "11:00", team.ben());

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(rebooked.status()).as(rebooked.toString()).isEqualTo(201);
        assertThat(sameCandidate.status()).as(sameCandidate.toString()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM interviews WHERE status = 'SCHEDULED'")).isEqualTo(2);
    }

    @Test
    void reschedulingIntoAnotherRoundIsAConflictAndChangesNothing() {
        String first = bookOk(zoe, opening.screenStageId(), "10:00", "11:00", team.ana());
        String second = bookOk(yan, opening.screenStageId(), "12:00", "13:00", team.ana());

        Answer clash = api.call("PATCH", "/api/v1/interviews/" + second).ifMatchCurrent().token(recruiter)
                .json(Map.of("startsAt", DAY + "10:30:00Z", "endsAt", DAY + "11:30:00Z")).send();

        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.problemType()).isEqualTo("interview-conflict");
        assertThat(clash.json().at("/errors/0/message").asText()).contains(first);
        JsonNode unchanged = api.get("/api/v1/interviews/" + second, recruiter).json();
        assertThat(Instant.parse(unchanged.get("startsAt").asText())).isEqualTo(DAY + "12:00:00Z");
        assertThat(unchanged.get("sequence").asInt()).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'interview.rescheduled'")).isZero();
    }

    @Test
    void changingThePanelToSomeoneBusyIsAConflict() {
        String busy = bookOk(zoe, opening.screenStageId(), "10:00", "11:00", team.ben());
        String mine = bookOk(yan, opening.screenStageId(), "10:30", "11:30", team.ana());

        Answer clash = api.call("PATCH", "/api/v1/interviews/" + mine).ifMatchCurrent().token(recruiter)
                .json(Map.of("panelistIds", List.of(team.ana(), team.ben()))).send();

        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("panelistIds/" + team.ben());
        assertThat(clash.json().at("/errors/0/message").asText()).contains(busy);
        assertThat(api.get("/api/v1/interviews/" + mine, recruiter).json().get("panelists")).hasSize(1);
    }

    @Test
    void movingARoundWithinItsOwnSlotIsNoConflictWithItself() {
        String id = bookOk(zoe, opening.screenStageId(), "10:00", "11:00", team.ana());

        Answer moved = api.call("PATCH", "/api/v1/interviews/" + id).ifMatchCurrent().token(recruiter)
                .json(Map.of("startsAt", DAY + "10:30:00Z", "endsAt", DAY + "11:30:00Z")).send();

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    private String bookOk(UUID applicationId, UUID stageId, String from, String to, UUID... panel) {
        Answer answer = book(applicationId, stageId, from, to, panel);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    private Answer book(UUID applicationId, UUID stageId, String from, String to, UUID... panel) {
        return api.post("/api/v1/interviews", recruiter,
                booking(applicationId, stageId, DAY + from + ":00Z", DAY + to + ":00Z", panel));
    }
}
