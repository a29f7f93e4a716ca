package io.panelist.scheduling;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.identity.UserSummary;
import io.panelist.recruiting.ApplicationService;
import io.panelist.scheduling.availability.Availability;
import io.panelist.scheduling.availability.AvailabilityReader;
import io.panelist.scheduling.findtimes.AvailabilityFit;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.InvalidInputException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What booking a time would meet, said before it is booked, so that a recruiter picking a panel and a time sees who is
 * free: for each panelist, whether the time is inside their weekly hours and clear of their times away (as find-times
 * reads availability, {@link AvailabilityFit}), which interviews they already have then (the check a booking makes,
 * {@link BookingStatements#conflicts}) and which daily or weekly limit one more interview would pass
 * ({@link PanelLoad}); and the candidate's own interviews then. For recruiters and administrators, as booking is.
 * Reads only: the booking itself checks again under its locks.
 */
@Singleton
public class BookingPreview {
    static final int MAX_PANEL = 10;
    private static final UUID NO_INTERVIEW = new UUID(0, 0);
    private final ApplicationService applications;
    private final IdentityService identity;
    private final AvailabilityReader availability;
    private final BookingStatements statements;
    private final PanelLoad load;

    BookingPreview(ApplicationService applications, IdentityService identity, AvailabilityReader availability,
                   BookingStatements statements, PanelLoad load) {
        this.applications = applications;
        this.identity = identity;
        this.availability = availability;
        this.statements = statements;
        this.load = load;
    }

    /** The time as each panelist (in the order asked, once each) and the candidate would meet it. */
    public record Preview(List<PanelistAtTime> panel, List<InterviewConflictException.Busy> candidateBusy) {
        public Preview {
            panel = List.copyOf(panel);
            candidateBusy = List.copyOf(candidateBusy);
        }
    }

    /**
     * One panelist at the time asked: {@code eligible} is false for someone who may not sit on a panel (then nothing
     * else is worked out); {@code busy} are their interviews overlapping it, {@code overLimits} the limits one more
     * interview would pass (counts including it).
     */
    public record PanelistAtTime(UUID userId, String name, boolean eligible, boolean insideHours, boolean away,
                                 List<InterviewConflictException.Busy> busy, List<PanelistOverLimit> overLimits) {
        public PanelistAtTime {
            busy = List.copyOf(busy);
            overLimits = List.copyOf(overLimits);
        }

        /** Nothing stands in the way: eligible, inside their hours, not away, not busy, within their limits. */
        public boolean free() {
            return eligible && insideHours && !away && busy.isEmpty() && overLimits.isEmpty();
        }
    }

    /**
     * Refuses (403) anyone who may not book; an unknown application is not found (404); a time that a booking would
     * refuse as such (ending before it starts, longer than 8 hours) or more than ten panelists is a 400 naming the
     * field. Unknown panelist ids come back as not eligible, named "Unknown person".
     */
    @ReadOnly
    public Preview preview(Viewer viewer, UUID applicationId, Instant startsAt, Instant endsAt,
                           List<UUID> panelistIds) {
        if (!SchedulingService.seesAll(viewer)) {
            throw new ForbiddenException("Only recruiters and administrators schedule interviews.");
        }
        UUID candidateId = applications.application(applicationId).candidateId();
        InterviewWriter.checkTimes(startsAt, endsAt);
        List<UUID> ids = panelistIds.stream().distinct().toList();
        if (ids.size() > MAX_PANEL) {
            throw new InvalidInputException(HttpStatus.BAD_REQUEST, "A panel has at most 10 people.",
                    List.of(new FieldProblem("panelistIds", "at most 10 people")));
        }
        Map<UUID, UserSummary> users = identity.userSummaries(ids);
        List<UserSummary> eligible = ids.stream().map(users::get).filter(BookingPreview::maySit).toList();
        List<UUID> eligibleIds = eligible.stream().map(UserSummary::id).toList();
        Map<UUID, Availability> hours = availability.of(eligibleIds, startsAt, endsAt);
        List<InterviewConflictException.Busy> busy = statements.conflicts(eligibleIds, candidateId, startsAt, endsAt,
                NO_INTERVIEW).stream().map(row -> new InterviewConflictException.Busy(row.userId(), row.who(),
                row.interviewId(), row.startsAt(), row.endsAt())).toList();
        List<PanelistOverLimit> over = load.wouldGoOver(startsAt, eligible, hours);
        List<PanelistAtTime> panel = ids.stream().map(id -> {
            UserSummary user = users.get(id);
            if (!maySit(user)) {
                return new PanelistAtTime(id, user == null ? "Unknown person" : user.displayName(), false, false,
                        false, List.of(), List.of());
            }
            Availability theirs = hours.get(id);
            AvailabilityFit fit = theirs == null ? new AvailabilityFit(true, false)
                    : AvailabilityFit.of(theirs, startsAt, endsAt);
            return new PanelistAtTime(id, user.displayName(), true, fit.insideHours(), fit.away(),
                    busy.stream().filter(b -> id.equals(b.userId())).toList(),
                    over.stream().filter(o -> o.panelistId().equals(id)).toList());
        }).toList();
        return new Preview(panel, busy.stream().filter(b -> b.userId() == null).toList());
    }

    private static boolean maySit(UserSummary user) {
        return user != null && (user.activeWith(Role.INTERVIEWER) || user.activeWith(Role.HIRING_MANAGER));
    }
}
