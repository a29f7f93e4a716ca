package io.panelist.scheduling.invites;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One calendar invite for an interview, as {@link ICalendar} renders it.
 * {@code stamp} is DTSTAMP, when the invite was produced (pass a Clock's instant); {@code description} may span
 * several lines; {@code location} is a room or a video link and may be empty. A higher {@code sequence} supersedes
 * earlier invites for the same interview.
 */
record InterviewInvite(UUID interviewId, int sequence, Instant startsAt, Instant endsAt,
                       Instant stamp,
                       String summary,
                       String description,
                       String location,
                       Organizer organizer, List<Attendee> attendees, boolean cancelled) {

    InterviewInvite {
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(organizer, "organizer");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("an interview ends after it starts");
        }
        summary = Objects.requireNonNullElse(summary, "");
        description = Objects.requireNonNullElse(description, "");
        location = Objects.requireNonNullElse(location, "");
        attendees = List.copyOf(attendees);
    }

    record Organizer(String name, String email) {
    }

    record Attendee(String name, String email) {
    }
}
