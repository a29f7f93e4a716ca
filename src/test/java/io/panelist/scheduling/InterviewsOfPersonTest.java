package io.panelist.scheduling;

import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.Viewer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reads that the recruiter's pages need: someone's interviews in a range (a week view), an application's rounds,
 * and who is busy when a booking is refused.
 */
class InterviewsOfPersonTest extends IntegrationTest {
    static final Instant MONDAY = Instant.parse("2030-03-11T00:00:00Z");
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    SchedulingService scheduling;
    Team team;
    Opening opening;
    UUID zoe;
    UUID zoesScreen;
    UUID zoesTechnical;

    @BeforeEach
    void twoRoundsForZoe() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        zoe = fixtures.applicant(team.admin(), opening, "Zoe Example");
        zoesScreen = fixtures.interview(team.admin(), zoe, opening.screenStageId(), MONDAY.plus(Duration.ofHours(9)),
                Duration.ofMinutes(45), team.ana());
        zoesTechnical = fixtures.interview(team.admin(), zoe, opening.technicalStageId(),
                MONDAY.plus(Duration.ofDays(8)), Duration.ofHours(1), team.ana(), team.ben());
    }

    @Test
    void recruitersAndAdministratorsReadAnyonesInterviewsInARange() {
        Instant weekEnd = MONDAY.plus(Duration.ofDays(7));

        List<InterviewResponse> byRecruiter = scheduling.interviewsOf(viewer(team.recruiter(), "RECRUITER"),
                team.ana(), MONDAY, weekEnd);
        List<InterviewResponse> byAdmin = scheduling.interviewsOf(viewer(team.admin(), "ADMIN"), team.ana(), MONDAY,
                MONDAY.plus(Duration.ofDays(14)));

        assertThat(byRecruiter).extracting(InterviewResponse::id).containsExactly(zoesScreen);
        assertThat(byAdmin).extracting(InterviewResponse::id).containsExactly(zoesScreen, zoesTechnical);
        assertThat(byRecruiter.get(0).panelists()).extracting(InterviewResponse.Panelist::displayName)
                .containsExactly("Ana");
    }

    @Test
    void aPersonReadsTheirOwnButNobodyElsesAndAnUnknownPersonIsNotFound() {
        Viewer ana = viewer(team.ana(), "INTERVIEWER");
        Instant end = MONDAY.plus(Duration.ofDays(14));

        assertThat(scheduling.interviewsOf(ana, team.ana(), MONDAY, end)).hasSize(2);
        assertThatThrownBy(() -> scheduling.interviewsOf(ana, team.ben(), MONDAY, end))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scheduling.interviewsOf(viewer(team.manager(), "HIRING_MANAGER"), team.ana(), MONDAY,
                end)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scheduling.interviewsOf(viewer(team.recruiter(), "RECRUITER"), UUID.randomUUID(),
                MONDAY, end)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRangeMustRunForwardAndLastAtMostAQuarter() {
        Viewer recruiter = viewer(team.recruiter(), "RECRUITER");

        assertThatThrownBy(() -> scheduling.interviewsOf(recruiter, team.ana(), MONDAY, MONDAY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> scheduling.interviewsOf(recruiter, team.ana(), MONDAY,
                MONDAY.plus(Duration.ofDays(93)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anApplicationsRoundsAreListedInTimeOrderForThoseWhoMayKnowThem() {
        assertThat(scheduling.interviewsOfApplication(viewer(team.recruiter(), "RECRUITER"), zoe))
                .extracting(InterviewResponse::id).containsExactly(zoesScreen, zoesTechnical);
        assertThat(scheduling.interviewsOfApplication(viewer(team.ben(), "INTERVIEWER"), zoe))
                .extracting(InterviewResponse::id).containsExactly(zoesTechnical);
        assertThat(scheduling.interviewsOfApplication(viewer(team.manager(), "HIRING_MANAGER"), zoe)).hasSize(2);
        UUID stranger = fixtures.interviewer("stranger@example.com");
        assertThat(scheduling.interviewsOfApplication(viewer(stranger, "INTERVIEWER"), zoe)).isEmpty();
    }

    @Test
    void aRefusedDoubleBookingSaysWhoIsBusyAndWhenAsData() {
        UUID yan = fixtures.applicant(team.admin(), opening, "Yan Example");
        Instant start = MONDAY.plus(Duration.ofHours(9)).plus(Duration.ofMinutes(30));

        assertThatThrownBy(() -> scheduling.scheduleInterview(viewer(team.recruiter(), "RECRUITER"),
                new ScheduleInterviewRequest(yan, opening.screenStageId(),
                        OffsetDateTime.ofInstant(start, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(start.plus(Duration.ofHours(1)), ZoneOffset.UTC), "UTC", "Room",
                        List.of(team.ana(), team.ben()))))
                .isInstanceOfSatisfying(InterviewConflictException.class, conflict -> assertThat(conflict.busy())
                        .containsExactly(new InterviewConflictException.Busy(team.ana(), "Ana", zoesScreen,
                                MONDAY.plus(Duration.ofHours(9)), MONDAY.plus(Duration.ofHours(9)).plus(
                                        Duration.ofMinutes(45)))));
    }

    private static Viewer viewer(UUID id, String role) {
        return new Viewer(id, Set.of(role));
    }
}
