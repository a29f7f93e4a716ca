package io.panelist.scheduling.agenda;

import io.micronaut.core.annotation.Nullable;
import io.panelist.identity.IdentityService;
import io.panelist.scheduling.InterviewRepository;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.scheduling.InterviewViews;
import io.panelist.shared.problem.InvalidInputException;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A panelist's agenda: today and the next 7 days by default, in their own time zone. */
@Singleton
public class AgendaReader {
    static final Duration LONGEST_RANGE = Duration.ofDays(92);
    private final InterviewRepository interviews;
    private final InterviewViews views;
    private final IdentityService identity;
    private final ScorecardStatuses scorecards;
    private final java.time.Clock clock;

    AgendaReader(InterviewRepository interviews, InterviewViews views, IdentityService identity,
                 ScorecardStatuses scorecards, java.time.Clock clock) {
        this.interviews = interviews;
        this.views = views;
        this.identity = identity;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    public Agenda agenda(UUID userId, @Nullable String fromText, @Nullable String toText) {
        ZoneId zone = ZoneId.of(identity.userSummary(userId).orElseThrow().timeZone());
        Instant from = fromText == null ? LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant()
                : parse("from", fromText, zone);
        Instant to = toText == null ? from.atZone(zone).plusDays(7).toInstant() : parse("to", toText, zone);
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw InvalidInputException.badField("to", "must be after from, and at most 92 days later");
        }
        List<InterviewResponse> items = views.many(interviews.agenda(userId, from, to));
        Map<UUID, String> statuses = scorecards.statusesOf(userId, items.stream().map(InterviewResponse::id).toList());
        return new Agenda(from, to, zone.getId(), items.stream().map(i -> new AgendaItem(i.id(), i.applicationId(),
                i.candidateName(), i.positionTitle(), i.stageId(), i.stageName(), i.stageKind(), i.startsAt(),
                i.endsAt(), i.timeZone(), i.location(), i.status(),
                statuses.getOrDefault(i.id(), ScorecardStatuses.NONE), overdue(i, statuses), i.panelists())).toList());
    }

    /** A person's interviews in [from, to), whatever their status; unknown people are not found. */
    public List<InterviewResponse> between(UUID userId, Instant from, Instant to) {
        if (identity.userSummary(userId).isEmpty()) {
            throw new io.panelist.shared.problem.NotFoundException("User", userId);
        }
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw InvalidInputException.badField("to", "must be after from, and at most 92 days later");
        }
        return views.many(interviews.agenda(userId, from, to));
    }

    private boolean overdue(InterviewResponse interview, Map<UUID, String> statuses) {
        boolean held = interview.status() == InterviewStatus.SCHEDULED || interview.status() == InterviewStatus.COMPLETED;
        return held && !ScorecardStatuses.SUBMITTED.equals(statuses.get(interview.id()))
                && interview.endsAt().plus(ScorecardStatuses.OVERDUE_AFTER).isBefore(clock.instant());
    }

    /** An ISO-8601 instant with an offset, or a bare date meaning the start of that day in the user's zone. */
    private static Instant parse(String field, String text, ZoneId zone) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.badField(field, "must be a date (2026-11-24) or an instant with an offset");
        }
    }
}
