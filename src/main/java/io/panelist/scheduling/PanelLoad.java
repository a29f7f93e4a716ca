package io.panelist.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.panelist.audit.AuditService;
import io.panelist.identity.UserSummary;
import io.panelist.scheduling.availability.Availability;
import io.panelist.scheduling.availability.AvailabilityReader;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Daily and weekly interview limits hold: a booking or a move that takes a panelist over either (days and weeks from
 * Monday counted in their availability's time zone) is refused, unless the request overrides the limits with a
 * reason, which is audited; the answer then still says who is over. Concurrent bookings of one person take turns
 * (a lock per panelist for the transaction), so two of them cannot both slip under the limit.
 */
@Singleton
class PanelLoad {
    private final InterviewRepository interviews;
    private final AvailabilityReader availability;
    private final AuditService audit;

    PanelLoad(InterviewRepository interviews, AvailabilityReader availability, AuditService audit) {
        this.interviews = interviews;
        this.availability = availability;
        this.audit = audit;
    }

    /**
     * Counts each panelist's interviews on the day and in the week of {@code startsAt}, the interview just written
     * included; refuses when anyone is over, or records the override. The caller has taken the panel's turns
     * ({@link BookingStatements#takeTurns}), so two bookings of one person never both count the other out.
     *
     * @return what an overridden booking's answer says (empty when no one is over)
     */
    List<String> hold(UUID actorId, UUID interviewId, Instant startsAt, List<UserSummary> panel,
                      @Nullable LoadLimitOverride override) {
        return hold(actorId, interviewId, startsAt, panel, null, override);
    }

    /**
     * As {@link #hold(UUID, UUID, Instant, List, LoadLimitOverride)}, with the panel's zones and limits already read
     * ({@link io.panelist.scheduling.availability.AvailabilityReader#limitsOf}); null reads them here.
     */
    List<String> hold(UUID actorId, UUID interviewId, Instant startsAt, List<UserSummary> panel,
                      @Nullable Map<UUID, Availability> panelLimits, @Nullable LoadLimitOverride override) {
        List<UUID> ids = panel.stream().map(UserSummary::id).toList();
        Map<UUID, Availability> limits = panelLimits != null ? panelLimits : availability.limitsOf(ids);
        List<Window> windows = new ArrayList<>();
        for (UserSummary user : panel) {
            Availability a = limits.get(user.id());
            if (a != null) {
                windows.addAll(windows(user, a, startsAt));
            }
        }
        List<PanelistOverLimit> over = over(windows, 0);
        if (over.isEmpty()) {
            return List.of();
        }
        if (override == null) {
            throw new LoadLimitException(over);
        }
        audit.record(actorId, "interview.load-limit-overridden", "interview", interviewId, Map.of(
                "reason", override.reason().trim(),
                "over", over.stream().map(o -> Map.of("panelistId", o.panelistId(), "period", o.period(),
                        "interviews", o.interviews(), "limit", o.limit())).toList()));
        return over.stream().map(PanelistOverLimit::sentence).toList();
    }

    /**
     * Who one more interview at {@code startsAt} would take over a daily or weekly limit, before it is written: the
     * same windows and counts as {@link #hold}, with the interview not yet counted. Takes no turns and writes nothing.
     */
    List<PanelistOverLimit> wouldGoOver(Instant startsAt, List<UserSummary> panel, Map<UUID, Availability> limits) {
        List<Window> windows = new ArrayList<>();
        for (UserSummary user : panel) {
            Availability a = limits.get(user.id());
            if (a != null) {
                windows.addAll(windows(user, a, startsAt));
            }
        }
        return over(windows, 1);
    }

    /** A day or a week of one panelist that has a limit. */
    private record Window(UserSummary user, boolean weekly, ZonedDateTime from, ZonedDateTime to, int limit) {
    }

    private static List<Window> windows(UserSummary user, Availability a, Instant startsAt) {
        ZonedDateTime day = startsAt.atZone(a.zone()).toLocalDate().atStartOfDay(a.zone());
        ZonedDateTime monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Window> windows = new ArrayList<>();
        if (a.dailyLimit() != null) {
            windows.add(new Window(user, false, day, day.plusDays(1), a.dailyLimit()));
        }
        if (a.weeklyLimit() != null) {
            windows.add(new Window(user, true, monday, monday.plusWeeks(1), a.weeklyLimit()));
        }
        return windows;
    }

    /** Every window's count in one statement, plus {@code unwritten} interviews; those over their limit. */
    private List<PanelistOverLimit> over(List<Window> windows, int unwritten) {
        if (windows.isEmpty()) {
            return List.of();
        }
        List<SchedulingRows.WindowLoadRow> counts = interviews.loadIn(
                Texts.of(windows.stream().map(w -> w.user().id()).toList()),
                Texts.of(windows.stream().map(w -> w.from().toInstant()).toList()),
                Texts.of(windows.stream().map(w -> w.to().toInstant()).toList()));
        List<PanelistOverLimit> over = new ArrayList<>();
        for (SchedulingRows.WindowLoadRow row : counts) {
            Window w = windows.get((int) row.n() - 1);
            long interviews = row.interviews() + unwritten;
            if (interviews > w.limit()) {
                over.add(new PanelistOverLimit(w.user().id(), w.user().displayName(), w.weekly(),
                        w.from().toLocalDate(), interviews, w.limit()));
            }
        }
        return over;
    }
}
