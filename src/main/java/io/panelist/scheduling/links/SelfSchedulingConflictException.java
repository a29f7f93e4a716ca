package io.panelist.scheduling.links;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

/** A candidate's booking, move or cancellation that the state of things refuses (409). Names no interviewer. */
public final class SelfSchedulingConflictException extends PanelistException {
    private SelfSchedulingConflictException(String type, String detail) {
        super(HttpStatus.CONFLICT, type, detail);
    }

    static SelfSchedulingConflictException slotTaken() {
        return new SelfSchedulingConflictException("slot-taken",
                "That time was just taken. Please choose another one.");
    }

    static SelfSchedulingConflictException alreadyBooked() {
        return new SelfSchedulingConflictException("link-already-booked",
                "This link has booked a round already: move or cancel that one instead.");
    }

    static SelfSchedulingConflictException nothingBooked() {
        return new SelfSchedulingConflictException("link-not-booked", "This link has no round booked to change.");
    }

    static SelfSchedulingConflictException started() {
        return new SelfSchedulingConflictException("interview-started",
                "The round has started (or is over), so it can no longer be moved or cancelled here.");
    }
}
