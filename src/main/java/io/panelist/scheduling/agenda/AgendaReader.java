package io.panelist.scheduling.agenda;

import io.micronaut.core.annotation.Nullable;
import io.panelist.identity.IdentityService;
import io.panelist.scheduling.InterviewRepository;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.scheduling.InterviewViews;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A panelist's agenda: today and the next 7 days by default, in their own time zone. */
@Singleton
public class AgendaReader {
    static final Duration LONGEST_RANGE = Duration.ofDays(92);
    private final AgendaQueries queries;
    private final InterviewRepository interviews;
    private final InterviewViews views;
    private final IdentityService identity;
    private final ScorecardStatuses scorecards;
    private final java.time.Clock clock;

    AgendaReader(AgendaQueries queries, InterviewRepository interviews, InterviewViews views, IdentityService identity,
                 ScorecardStatuses scorecards, java.time.Clock clock) {
        this.queries = queries;
        this.interviews = interviews;
        this.views = views;
        this.identity = identity;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    /**
     * One statement reads the person's zone, the window it makes and the interviews in it; a second, the scorecards.
     * The window is computed again here, as the answer's: where PostgreSQL resolves a local midnight differently (one
     * that a change of clocks repeats), the interviews are read once more for this window.
     */
    public Agenda agenda(UUID userId, @Nullable String fromText, @Nullable String toText) {
        AgendaEnd fromEnd = AgendaEnd.parse("from", fromText);
        AgendaEnd toEnd = AgendaEnd.parse("to", toText);
        Instant now = clock.instant();
        AgendaQueries.Rows rows = queries.agenda(userId, fromEnd, toEnd, now)
                .orElseThrow(() -> new NotFoundException("User", userId));
        ZoneId zone = ZoneId.of(rows.timeZone());
        Instant from = fromEnd.in(zone, LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant());
        Instant to = toEnd.in(zone, from.atZone(zone).plusDays(7).toInstant());
        checkRange(from, to);
        if (!fromEnd.fixed() && !from.equals(rows.from()) || !toEnd.fixed() && !to.equals(rows.to())) {
            rows = queries.agenda(userId, AgendaEnd.at(from), AgendaEnd.at(to), now).orElseThrow();
        }
        List<AgendaItem> items = rows.items();
        Map<UUID, String> statuses = scorecards.statusesOf(userId, items.stream().map(AgendaItem::interviewId).toList());
        return new Agenda(from, to, zone.getId(), items.stream().map(item -> item.withScorecard(
                statuses.getOrDefault(item.interviewId(), ScorecardStatuses.NONE), overdue(item, statuses))).toList());
    }

    /** A person's interviews in [from, to), whatever their status; unknown people are not found. */
    public List<InterviewResponse> between(UUID userId, Instant from, Instant to) {
        if (identity.userSummary(userId).isEmpty()) {
            throw new NotFoundException("User", userId);
        }
        checkRange(from, to);
        return views.many(interviews.agenda(userId, from, to));
    }

    private boolean overdue(AgendaItem interview, Map<UUID, String> statuses) {
        boolean held = interview.status() == InterviewStatus.SCHEDULED || interview.status() == InterviewStatus.COMPLETED;
        return held && !ScorecardStatuses.SUBMITTED.equals(statuses.get(interview.interviewId()))
                && interview.endsAt().plus(ScorecardStatuses.OVERDUE_AFTER).isBefore(clock.instant());
    }

    private static void checkRange(Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw InvalidInputException.badField("to", "must be after from, and at most 92 days later");
        }
    }
}
