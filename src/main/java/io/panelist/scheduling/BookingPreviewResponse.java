package io.panelist.scheduling;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What booking the time asked would meet, per panelist in the order asked, and the candidate's own interviews then.
 * {@code free} is true when nothing stands in the way; otherwise the other fields say what does.
 */
@Serdeable
public record BookingPreviewResponse(List<Panelist> panel, List<Interview> candidateBusy) {

    /** One panelist at that time; {@code eligible} false for someone who may not sit on a panel (nothing else said). */
    @Serdeable
    public record Panelist(UUID userId, String name, boolean free, boolean eligible, boolean insideWorkingHours,
                           boolean onTimeAway, List<Interview> alreadyBooked, List<Limit> overLimits) {
    }

    /** An interview overlapping the time asked. */
    @Serdeable
    public record Interview(UUID interviewId, Instant startsAt, Instant endsAt) {
    }

    /** A daily limit on {@code day}, or a weekly one in the week from {@code day}, with the interview counted. */
    @Serdeable
    public record Limit(boolean weekly, LocalDate day, long interviews, int limit) {
    }

    static BookingPreviewResponse of(BookingPreview.Preview preview) {
        return new BookingPreviewResponse(preview.panel().stream().map(p -> new Panelist(p.userId(), p.name(),
                p.free(), p.eligible(), p.insideHours(), p.away(), interviews(p.busy()), p.overLimits().stream()
                .map(o -> new Limit(o.weekly(), o.day(), o.interviews(), o.limit())).toList())).toList(),
                interviews(preview.candidateBusy()));
    }

    private static List<Interview> interviews(List<InterviewConflictException.Busy> busy) {
        return busy.stream().map(b -> new Interview(b.interviewId(), b.startsAt(), b.endsAt())).toList();
    }
}
