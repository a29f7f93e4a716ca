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
import java.util.UUID;

/** A panelist's agenda: today and the next 7 days by default, in their own time zone. */
@Singleton
public class AgendaReader {
    static final Duration LONGEST_RANGE = Duration.ofDays(92);
    private final AgendaStatement statement;
    private final InterviewRepository interviews;
    private final InterviewViews views;
    private final IdentityService identity;
    private final java.time.Clock clock;

    AgendaReader(AgendaStatement statement, InterviewRepository interviews, InterviewViews views,
                 IdentityService identity, java.time.Clock clock) {
        this.statement = statement;
        this.interviews = interviews;
        this.views = views;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * One statement reads the person's zone, the window it makes, the interviews in it and their scorecards. The window is computed again here, as the answer's: where PostgreSQL resolves a local midnight differently (one
     * that a change of clocks repeats), the interviews are read once more for this window.
     */
    public Agenda agenda(UUID userId, @Nullable String fromText, @Nullable String toText) {
        AgendaEnd fromEnd = AgendaEnd.parse("from", fromText);
        AgendaEnd toEnd = AgendaEnd.parse("to", toText);
        Instant now = clock.instant();
        AgendaStatement.Rows rows = statement.agenda(userId, fromEnd, toEnd, now)
                .orElseThrow(() -> new NotFoundException("User", userId));
        ZoneId zone = ZoneId.of(rows.timeZone());
        Instant from = fromEnd.in(zone, LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant());
        Instant to = toEnd.in(zone, from.atZone(zone).plusDays(7).toInstant());
        checkRange(from, to);
        if (!fromEnd.fixed() && !from.equals(rows.from()) || !toEnd.fixed() && !to.equals(rows.to())) {
            rows = statement.agenda(userId, AgendaEnd.at(from), AgendaEnd.at(to), now).orElseThrow();
        }
        return new Agenda(from, to, zone.getId(), rows.items().stream()
                .map(item -> item.withScorecard(item.scorecardStatus(), overdue(item))).toList());
    }

    /** A person's interviews in [from, to), whatever their status; unknown people are not found. */
    public List<InterviewResponse> between(UUID userId, Instant from, Instant to) {
        if (identity.userSummary(userId).isEmpty()) {
            throw new NotFoundException("User", userId);
        }
        checkRange(from, to);
        return views.many(interviews.agenda(userId, from, to));
    }

    private boolean overdue(AgendaItem interview) {
        boolean held = interview.status() == InterviewStatus.SCHEDULED || interview.status() == InterviewStatus.COMPLETED;
        return held && !ScorecardStatuses.SUBMITTED.equals(interview.scorecardStatus())
                && interview.endsAt().plus(ScorecardStatuses.OVERDUE_AFTER).isBefore(clock.instant());
    }

    private static void checkRange(Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw InvalidInputException.badField("to", "must be after from, and at most 92 days later");
        }
    }
}
