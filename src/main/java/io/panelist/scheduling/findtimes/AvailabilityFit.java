package io.panelist.scheduling.findtimes;

import io.panelist.scheduling.availability.Availability;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;

/**
 * Whether an interview at a given time fits one person's availability as find-times reads it: inside their weekly
 * hours (in their zone, across daylight-saving switches) and clear of their times away. For a time chosen by hand,
 * so that the scheduling page can say so before it is booked; find-times itself never offers a time that does not fit.
 *
 * @param insideHours every minute of the interview is inside the person's weekly hours
 * @param away        some minute of the interview touches one of the person's times away
 */
public record AvailabilityFit(boolean insideHours, boolean away) {

    /** {@code availability} with its times away around [startsAt, endsAt) (as {@code AvailabilityReader#of} reads them). */
    public static AvailabilityFit of(Availability availability, Instant startsAt, Instant endsAt) {
        int minutes = (int) Math.max(1, Duration.between(startsAt, endsAt).plusSeconds(59).toMinutes());
        Grid grid = Grid.at(startsAt, minutes);
        BitSet hours = new BitSet(grid.minutes());
        WeeklyHours.mark(hours, grid, availability.zone(), availability.hours());
        BitSet clear = new BitSet(grid.minutes());
        clear.set(0, grid.minutes());
        availability.exceptions().forEach(away -> grid.clearTouching(clear, away.from(), away.to()));
        return new AvailabilityFit(grid.allSet(hours, 0), !grid.allSet(clear, 0));
    }
}
