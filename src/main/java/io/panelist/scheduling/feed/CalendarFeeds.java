package io.panelist.scheduling.feed;

import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.scheduling.InterviewRepository;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.scheduling.InterviewViews;
import io.panelist.scheduling.invites.InvitePrinter;
import io.panelist.shared.PublicUrl;
import io.panelist.shared.SecretTokens;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's calendar feed: a secret URL that calendar applications subscribe to, holding one event per interview
 * the person sits on the panel of (not cancelled) from 30 days back to 180 days ahead. The URL is the only key, so
 * a person has at most one at a time: a new one replaces it, and revoking it makes the old URL unknown (404).
 */
@Singleton
public class CalendarFeeds {
    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(180);
    private final CalendarFeedRepository feeds;
    private final InterviewRepository interviews;
    private final InterviewViews views;
    private final InvitePrinter invites;
    private final AuditService audit;
    private final PublicUrl publicUrl;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, InterviewRepository interviews, InterviewViews views,
                  InvitePrinter invites, AuditService audit, PublicUrl publicUrl, Clock clock) {
        this.feeds = feeds;
        this.interviews = interviews;
        this.views = views;
        this.invites = invites;
        this.audit = audit;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** A new secret URL for the person's feed; the one they had before stops working. */
    @Transactional
    public CalendarFeedResponse issue(UUID userId) {
        String token = SecretTokens.newToken();
        boolean replaced = feeds.existsById(userId);
        feeds.upsert(userId, SecretTokens.hash(token), clock.instant());
        audit.record(userId, "calendar.feed-issued", "user", userId, Map.of("replaced", replaced));
        return new CalendarFeedResponse(publicUrl.to(path(token)));
    }

    /** The person's feed URL stops working; revoking when there is none is fine, and audited all the same. */
    @Transactional
    public void revoke(UUID userId) {
        boolean existed = feeds.existsById(userId);
        feeds.deleteById(userId);
        audit.record(userId, "calendar.feed-revoked", "user", userId, Map.of("existed", existed));
    }

    /** The feed's iCalendar text; an unknown or revoked token, or a deactivated person, is not found. */
    @ReadOnly
    public String feed(String token) {
        UUID userId = (SecretTokens.looksLikeToken(token) ? feeds.activeOwnerOf(SecretTokens.hash(token))
                : java.util.Optional.<UUID>empty())
                .orElseThrow(() -> new NotFoundException("This calendar feed does not exist or was revoked."));
        Instant now = clock.instant();
        List<InterviewResponse> held = views.many(interviews.agenda(userId, now.minus(PAST), now.plus(AHEAD)))
                .stream().filter(interview -> interview.status() != InterviewStatus.CANCELLED).toList();
        return invites.feed("Panelist interviews", held);
    }

    static String path(String token) {
        return "/calendar/" + token + ".ics";
    }
}
