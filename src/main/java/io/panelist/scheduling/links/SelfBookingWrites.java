package io.panelist.scheduling.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.panelist.audit.AuditService;
import io.panelist.plans.PlanService;
import io.panelist.plans.StageSummary;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.ApplicationStatus;
import io.panelist.scheduling.CandidateBookings;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.scheduling.RescheduleInterviewRequest;
import io.panelist.scheduling.ScheduleInterviewRequest;
import io.panelist.scheduling.SchedulingService;
import io.panelist.scheduling.findtimes.Suggestion;
import io.panelist.shared.SecretTokens;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate's side of a link, each call one transaction. A write first locks the link's row, so one link books,
 * moves or cancels one thing at a time; it re-runs find-times for the chosen start inside the transaction and books
 * with that suggestion's panel through scheduling's own path, where the exclusion constraints have the last word.
 */
@Singleton
class SelfBookingWrites {
    static final String CANCEL_REASON = "Cancelled by the candidate through their scheduling link.";
    private final SchedulingLinkRepository links;
    private final LinkSlots slots;
    private final CandidateBookings bookings;
    private final SchedulingService scheduling;
    private final ApplicationService applications;
    private final PlanService plans;
    private final AuditService audit;
    private final Clock clock;

    SelfBookingWrites(SchedulingLinkRepository links, LinkSlots slots, CandidateBookings bookings,
                      SchedulingService scheduling, ApplicationService applications, PlanService plans,
                      AuditService audit, Clock clock) {
        this.links = links;
        this.slots = slots;
        this.bookings = bookings;
        this.scheduling = scheduling;
        this.applications = applications;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the link offers now; writes down the starts it shows, so it is not read-only. */
    @Transactional
    PublicSchedulingView view(String token) {
        SchedulingLink link = open(findable(token).flatMap(links::findByTokenHash));
        Round round = round(link);
        Instant now = clock.instant();
        PublicSchedulingView.Booking booking = live(link).map(i -> new PublicSchedulingView.Booking(i.startsAt(),
                i.endsAt(), i.timeZone(), i.location(), i.startsAt().isAfter(now))).orElse(null);
        List<PublicSchedulingView.Slot> offered = slots.offer(link).stream()
                .map(s -> new PublicSchedulingView.Slot(s.startsAt(), s.endsAt())).toList();
        return new PublicSchedulingView(round.positionTitle(), round.stageName(), round.minutes(), offered, booking,
                link.expiresAt());
    }

    @Transactional
    BookingResponse book(String token, BookSlotRequest request) {
        SchedulingLink link = locked(token);
        Round round = round(link);
        if (live(link).isPresent()) {
            throw SelfSchedulingConflictException.alreadyBooked();
        }
        Suggestion slot = offered(link, round, request.startsAt().toInstant());
        InterviewResponse booked = bookings.book(new ScheduleInterviewRequest(link.applicationId(), link.stageId(),
                slot.startsAt().atOffset(ZoneOffset.UTC), slot.endsAt().atOffset(ZoneOffset.UTC),
                request.timeZone() == null ? "UTC" : request.timeZone(), link.location(), slot.panelistIds()));
        links.remember(link.id(), booked.id());
        audit.record(null, "scheduling.link-booked", "scheduling-link", link.id(),
                Map.of("linkId", link.id(), "interviewId", booked.id(), "startsAt", booked.startsAt()));
        return response(round, booked);
    }

    @Transactional
    BookingResponse move(String token, BookSlotRequest request) {
        SchedulingLink link = locked(token);
        Round round = round(link);
        InterviewResponse current = changeable(link);
        Instant startsAt = request.startsAt().toInstant();
        if (startsAt.equals(current.startsAt())) {
            return response(round, current);
        }
        Suggestion slot = offered(link, round, startsAt);
        InterviewResponse moved = bookings.move(current.id(), new RescheduleInterviewRequest(
                slot.startsAt().atOffset(ZoneOffset.UTC), slot.endsAt().atOffset(ZoneOffset.UTC), request.timeZone(),
                null, slot.panelistIds()));
        audit.record(null, "scheduling.link-rescheduled", "scheduling-link", link.id(), Map.of("linkId", link.id(),
                "interviewId", moved.id(), "previousStartsAt", current.startsAt(), "startsAt", moved.startsAt()));
        return response(round, moved);
    }

    /** Cancels the link's round; the link may then book again until it expires. */
    @Transactional
    void cancel(String token) {
        SchedulingLink link = locked(token);
        round(link);
        InterviewResponse current = changeable(link);
        bookings.cancel(current.id(), CANCEL_REASON);
        audit.record(null, "scheduling.link-cancelled", "scheduling-link", link.id(),
                Map.of("linkId", link.id(), "interviewId", current.id()));
    }

    /** The suggestion for a start the link offers now; 409 for a start it offered that is taken, else 422. */
    private Suggestion offered(SchedulingLink link, Round round, Instant startsAt) {
        Duration length = Duration.ofMinutes(round.minutes());
        if (!startsAt.isAfter(clock.instant())) {
            throw notOffered("is in the past");
        }
        if (startsAt.isBefore(link.windowFrom()) || startsAt.plus(length).isAfter(link.windowTo())) {
            throw notOffered("is outside the times this link offers");
        }
        Optional<Suggestion> slot = slots.at(link, startsAt, round.minutes());
        if (slot.isPresent()) {
            return slot.get();
        }
        if (slots.wasOffered(link, startsAt)) {
            throw SelfSchedulingConflictException.slotTaken();
        }
        throw notOffered("is not one of the times this link offers");
    }

    /** The link's round while it is booked and has not started, under a row lock. */
    private InterviewResponse changeable(SchedulingLink link) {
        InterviewResponse current = Optional.ofNullable(link.interviewId()).flatMap(bookings::lock)
                .filter(i -> i.status() == InterviewStatus.SCHEDULED)
                .orElseThrow(SelfSchedulingConflictException::nothingBooked);
        if (!current.startsAt().isAfter(clock.instant())) {
            throw SelfSchedulingConflictException.started();
        }
        return current;
    }

    private Optional<InterviewResponse> live(SchedulingLink link) {
        return Optional.ofNullable(link.interviewId()).flatMap(scheduling::findInterview)
                .filter(i -> i.status() == InterviewStatus.SCHEDULED);
    }

    private SchedulingLink locked(String token) {
        return open(findable(token).flatMap(links::findByTokenHashForUpdate));
    }

    private SchedulingLink open(Optional<SchedulingLink> link) {
        return link.filter(l -> l.open(clock.instant())).orElseThrow(SelfBookingWrites::unknown);
    }

    /** The position and the stage; a link of an application that has closed is as good as gone. */
    private Round round(SchedulingLink link) {
        ApplicationResponse application = applications.application(link.applicationId());
        StageSummary stage = plans.stageOfPlan(link.planId(), link.stageId()).orElseThrow(SelfBookingWrites::unknown);
        if (application.status() != ApplicationStatus.ACTIVE) {
            throw unknown();
        }
        return new Round(application.positionTitle(), stage.name(), stage.minutes());
    }

    private static Optional<String> findable(@Nullable String token) {
        return SecretTokens.looksLikeToken(token) ? Optional.of(SecretTokens.hash(token)) : Optional.empty();
    }

    private static BookingResponse response(Round round, InterviewResponse interview) {
        return new BookingResponse(round.positionTitle(), round.stageName(), interview.startsAt(), interview.endsAt(),
                interview.timeZone(), interview.location());
    }

    private static NotFoundException unknown() {
        return new NotFoundException("This scheduling link does not exist, has expired or was revoked.");
    }

    private static InvalidInputException notOffered(String why) {
        return new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY, "That time cannot be booked: " + why + ".",
                List.of(new FieldProblem("startsAt", why)));
    }

    private record Round(String positionTitle, String stageName, int minutes) {
    }
}
