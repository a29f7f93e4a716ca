package io.panelist.scheduling.links;

import io.panelist.scheduling.findtimes.FindTimesQuery;
import io.panelist.scheduling.findtimes.Suggestion;
import io.panelist.scheduling.findtimes.TimeFinder;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A link's slots are find-times' suggestions for its stage, window and panel size, so they follow every rule of
 * find-times (availability, buffers, limits, qualifications, the candidate's other rounds). Every start shown is
 * remembered as offered, which is what tells a time just taken (409) from one never offered (422).
 */
@Singleton
class LinkSlots {
    /** At most this many starts on a page: about a week of a stage's quarter-hour starts. */
    static final int MOST = 200;
    private final TimeFinder finder;
    private final SchedulingLinkRepository links;

    LinkSlots(TimeFinder finder, SchedulingLinkRepository links) {
        this.finder = finder;
        this.links = links;
    }

    /** The starts the link offers now, earliest first; each is remembered as offered. Runs in a transaction. */
    List<Suggestion> offer(SchedulingLink link) {
        List<Suggestion> found = finder.find(query(link, link.windowFrom(), link.windowTo(), MOST));
        if (!found.isEmpty()) {
            links.offer(link.id(), Texts.of(found.stream().map(Suggestion::startsAt).toList()));
        }
        return found;
    }

    /** The suggestion (with its panel) for exactly this start, when find-times would offer it now. */
    Optional<Suggestion> at(SchedulingLink link, Instant startsAt, int minutes) {
        return finder.find(query(link, startsAt, startsAt.plus(Duration.ofMinutes(minutes)), 1)).stream()
                .filter(suggestion -> suggestion.startsAt().equals(startsAt)).findFirst();
    }

    boolean wasOffered(SchedulingLink link, Instant startsAt) {
        return links.wasOffered(link.id(), startsAt);
    }

    private static FindTimesQuery query(SchedulingLink link, Instant from, Instant to, int limit) {
        return new FindTimesQuery(link.applicationId(), link.stageId(), from, to, link.panelSize(), List.of(),
                List.of(), limit);
    }
}
