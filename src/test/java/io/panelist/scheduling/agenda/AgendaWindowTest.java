package io.panelist.scheduling.agenda;

import io.panelist.identity.IdentityService;
import io.panelist.identity.profile.UpdateMeRequest;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.RescheduleInterviewRequest;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingService;
import io.panelist.shared.Viewer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which interviews fall in a window [from, to): every one that overlaps it, whatever its status, at the time it has
 * now (a panel row keeps its interview's time, so these follow a reschedule and a panel change).
 */
class AgendaWindowTest extends IntegrationTest {
    static final Instant NINE = Instant.parse("2030-03-11T09:00:00Z");
    static final Instant TEN = NINE.plus(Duration.ofHours(1));
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    SchedulingService scheduling;
    @Inject
    IdentityService identity;
    Team team;
    Opening opening;

    @BeforeEach
    void openAPosition() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
    }

    @Test
    void anInterviewIsInTheWindowWhenItOverlapsItAndNotWhenItOnlyTouchesIt() {
        Duration minutes45 = Duration.ofMinutes(45);
        assertThat(inNineToTen(NINE.minus(minutes45), minutes45)).as("ends at nine").isFalse();
        assertThat(inNineToTen(NINE.minus(Duration.ofMinutes(30)), minutes45)).as("runs over nine").isTrue();
        assertThat(inNineToTen(NINE.minus(Duration.ofHours(7)), Duration.ofHours(8))).as("eight hours to ten").isTrue();
        assertThat(inNineToTen(NINE.minus(Duration.ofHours(8)), Duration.ofHours(8))).as("eight hours to nine")
                .isFalse();
        assertThat(inNineToTen(NINE.plus(Duration.ofMinutes(15)), Duration.ofMinutes(30))).as("inside").isTrue();
        assertThat(inNineToTen(NINE.minus(Duration.ofHours(1)), Duration.ofHours(3))).as("all around").isTrue();
        assertThat(inNineToTen(TEN.minus(Duration.ofMinutes(1)), minutes45)).as("runs over ten").isTrue();
        assertThat(inNineToTen(TEN, minutes45)).as("starts at ten").isFalse();
    }

    @Test
    void theWindowListsTheInterviewsInTimeOrder() {
        UUID late = book("Ada", TEN, Duration.ofMinutes(45));
        UUID early = book("Bea", NINE.minus(Duration.ofMinutes(30)), Duration.ofMinutes(45));
        UUID outside = book("Cy", TEN.plus(Duration.ofDays(2)), Duration.ofMinutes(45));

        assertThat(window(team.ana(), NINE.minus(Duration.ofHours(1)), TEN.plus(Duration.ofHours(1))))
                .containsExactly(early, late).doesNotContain(outside);
    }

    @Test
    void cancelledAndMissedInterviewsStayInTheWindow() {
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
        UUID cancelled = book("Ada", lastWeek, Duration.ofMinutes(45));
        UUID missed = book("Bea", lastWeek.plus(Duration.ofHours(3)), Duration.ofMinutes(45));
        scheduling.cancelInterview(SchedulingFixtures.admin(team.admin()), cancelled, OptionalLong.empty(), "Ill.");
        scheduling.recordNoShow(SchedulingFixtures.admin(team.admin()), missed, OptionalLong.empty(), "Did not join.");

        assertThat(window(team.ana(), lastWeek, lastWeek.plus(Duration.ofDays(1)))).containsExactly(cancelled, missed);
    }

    @Test
    void aRescheduledInterviewMovesToItsNewTimeAndAPanelChangeMovesItToTheNewPanelist() {
        UUID moved = book("Ada", NINE, Duration.ofMinutes(45));
        Instant twoDaysLater = NINE.plus(Duration.ofDays(2));

        reschedule(moved, new RescheduleInterviewRequest(at(twoDaysLater), at(twoDaysLater.plus(Duration.ofHours(1))),
                null, null, null));

        assertThat(window(team.ana(), NINE, NINE.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(window(team.ana(), twoDaysLater.plus(Duration.ofMinutes(50)),
                twoDaysLater.plus(Duration.ofHours(2)))).containsExactly(moved);

        reschedule(moved, new RescheduleInterviewRequest(null, null, null, null, List.of(team.ben())));

        assertThat(window(team.ana(), twoDaysLater, twoDaysLater.plus(Duration.ofHours(2)))).isEmpty();
        assertThat(window(team.ben(), twoDaysLater, twoDaysLater.plus(Duration.ofHours(2)))).containsExactly(moved);
    }

    @Test
    void aDayWhoseMidnightComesTwiceStartsAtTheFirstOne() {
        // Havana sets its clocks back from 01:00 to 00:00 on 7 November 2027: midnight is 04:00 and again 05:00 UTC
        UUID panelist = fixtures.interviewer("havana-" + UUID.randomUUID() + "@example.com");
        identity.updateMe(panelist, OptionalLong.empty(), new UpdateMeRequest("Hana Havana", "America/Havana"));
        UUID application = fixtures.applicant(team.admin(), opening, "Candidate in Havana");
        UUID early = fixtures.interview(team.admin(), application, opening.screenStageId(),
                Instant.parse("2027-11-07T04:15:00Z"), Duration.ofMinutes(30), panelist);

        Agenda agenda = scheduling.agenda(new Viewer(panelist, Set.of("INTERVIEWER")), "2027-11-07", "2027-11-08");

        assertThat(agenda.from()).isEqualTo(Instant.parse("2027-11-07T04:00:00Z"));
        assertThat(agenda.to()).isEqualTo(Instant.parse("2027-11-08T05:00:00Z"));
        assertThat(agenda.items()).extracting(AgendaItem::interviewId).containsExactly(early);
    }

    /** Books the interview for a panelist of its own (a panelist cannot be in two at once) and reads their window. */
    private boolean inNineToTen(Instant startsAt, Duration length) {
        UUID panelist = fixtures.interviewer("window-" + UUID.randomUUID() + "@example.com");
        UUID application = fixtures.applicant(team.admin(), opening, "Candidate " + UUID.randomUUID());
        UUID interview = fixtures.interview(team.admin(), application, opening.screenStageId(), startsAt, length,
                panelist);
        return window(panelist, NINE, TEN).contains(interview);
    }

    private UUID book(String candidate, Instant startsAt, Duration length) {
        UUID application = fixtures.applicant(team.admin(), opening, candidate + " Example");
        return fixtures.interview(team.admin(), application, opening.screenStageId(), startsAt, length, team.ana());
    }

    private void reschedule(UUID interviewId, RescheduleInterviewRequest request) {
        scheduling.rescheduleInterview(SchedulingFixtures.admin(team.admin()), interviewId, OptionalLong.empty(),
                request);
    }

    private List<UUID> window(UUID userId, Instant from, Instant to) {
        return scheduling.interviewsOf(new Viewer(team.recruiter(), Set.of("RECRUITER")), userId, from, to).stream()
                .map(InterviewResponse::id).toList();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
