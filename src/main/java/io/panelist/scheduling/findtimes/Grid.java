package io.panelist.scheduling.findtimes;

import java.time.Instant;
import java.util.BitSet;

/**
 * The starts find-times considers, every quarter hour (on :00, :15, :30 and :45 UTC) from the later of the window's
 * start and now, whose interview ends by the window's end; and a timeline of whole minutes from the first start to
 * the end of the last interview, on which a person's free minutes are bits.
 */
final class Grid {
    static final int QUARTER_SECONDS = 15 * 60;
    private final long origin;
    private final int quarters;
    private final int minutes;
    private final int length;

    private Grid(long origin, int quarters, int length) {
        this.origin = origin;
        this.quarters = quarters;
        this.length = length;
        this.minutes = quarters == 0 ? 0 : (quarters - 1) * 15 + length;
    }

    static Grid of(Instant from, Instant to, Instant now, int lengthMinutes) {
        Instant earliest = from.isAfter(now) ? from : now;
        long first = ceilDiv(seconds(earliest), QUARTER_SECONDS) * QUARTER_SECONDS;
        long last = Math.floorDiv(to.getEpochSecond() - lengthMinutes * 60L, QUARTER_SECONDS) * QUARTER_SECONDS;
        int quarters = last < first ? 0 : (int) ((last - first) / QUARTER_SECONDS) + 1;
        return new Grid(first, quarters, lengthMinutes);
    }

    /** One start at {@code start} exactly, on a quarter hour or not: a time typed in rather than found. */
    static Grid at(Instant start, int lengthMinutes) {
        return new Grid(start.getEpochSecond(), 1, lengthMinutes);
    }

    /**
     * The starts {@code first} to {@code first + count - 1} of this grid as a grid of their own, whose timeline ends
     * with the last of their interviews: the same starts, so that slices in turn find what the whole would.
     */
    Grid slice(int first, int count) {
        return new Grid(origin + (long) first * QUARTER_SECONDS, Math.max(0, Math.min(count, quarters - first)),
                length);
    }

    /** How many starts there are. */
    int quarters() {
        return quarters;
    }

    /** The interview's length in minutes. */
    int length() {
        return length;
    }

    /** Minutes on the timeline. */
    int minutes() {
        return minutes;
    }

    Instant start(int quarter) {
        return Instant.ofEpochSecond(origin + (long) quarter * QUARTER_SECONDS);
    }

    Instant minute(int minute) {
        return Instant.ofEpochSecond(origin + minute * 60L);
    }

    /** The minute a start begins on. */
    static int minuteOf(int quarter) {
        return quarter * 15;
    }

    /** The first start at or after {@code t}, clamped to [0, quarters]. */
    int quarterAtOrAfter(Instant t) {
        return (int) clamp(ceilDiv(seconds(t) - origin, QUARTER_SECONDS), quarters);
    }

    /** Sets the minutes that lie wholly inside [from, to). */
    void setInside(BitSet bits, Instant from, Instant to) {
        int a = (int) clamp(ceilDiv(seconds(from) - origin, 60), minutes);
        int b = (int) clamp(Math.floorDiv(to.getEpochSecond() - origin, 60), minutes);
        if (a < b) {
            bits.set(a, b);
        }
    }

    /** Clears the minutes that touch [from, to) at all. */
    void clearTouching(BitSet bits, Instant from, Instant to) {
        int a = (int) clamp(Math.floorDiv(from.getEpochSecond() - origin, 60), minutes);
        int b = (int) clamp(ceilDiv(seconds(to) - origin, 60), minutes);
        if (a < b) {
            bits.clear(a, b);
        }
    }

    /** Whether every minute of the interview starting at {@code quarter} is set. */
    boolean allSet(BitSet bits, int quarter) {
        int first = minuteOf(quarter);
        return bits.nextClearBit(first) >= first + length;
    }

    /** Whole seconds, rounded up: an instant past a second counts as the next one when rounding up. */
    private static long seconds(Instant t) {
        return t.getNano() == 0 ? t.getEpochSecond() : t.getEpochSecond() + 1;
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }

    private static long clamp(long value, long max) {
        return Math.max(0, Math.min(value, max));
    }
}
