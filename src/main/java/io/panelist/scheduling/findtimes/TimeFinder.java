package io.panelist.scheduling.findtimes;

import jakarta.inject.Singleton;

import java.util.List;

/**
 * Find-times: the times a stage of an application can be held, each with the panel that fits it best. Other features
 * (self-scheduling) offer only these times and call {@link #find} again to re-check a chosen one.
 */
@Singleton
public class TimeFinder {

    /**
     * The earliest quarter-hour starts (at most {@code query.limit()}) that meet every rule of find-times, ordered by
     * start, each with its best panel. Bad input is refused with a problem naming the field (400 or 422); an unknown
     * application is not found (404).
     */
    public List<Suggestion> find(FindTimesQuery query) {
        throw new UnsupportedOperationException("find-times is being built");
    }
}
