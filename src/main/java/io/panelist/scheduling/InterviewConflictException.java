package io.panelist.scheduling;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A double booking: names who is busy, in which interview, and when. */
public final class InterviewConflictException extends PanelistException {
    private final List<FieldProblem> conflicts;
    private final List<Busy> busy;

    /** One person busy at that time: a panelist ({@code userId} set) or the candidate ({@code userId} null). */
    public record Busy(UUID userId, String who, UUID interviewId, Instant startsAt, Instant endsAt) {
    }

    InterviewConflictException(List<SchedulingRows.ConflictRow> rows) {
        super(HttpStatus.CONFLICT, "interview-conflict", describe(rows));
        this.busy = rows.stream().map(row -> new Busy(row.userId(), row.who(), row.interviewId(), row.startsAt(),
                row.endsAt())).toList();
        this.conflicts = rows.stream().map(row -> new FieldProblem(row.userId() == null ? "candidate"
                : "panelistIds/" + row.userId(), row.who() + " is already in interview " + row.interviewId()
                + " from " + row.startsAt() + " to " + row.endsAt())).toList();
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return conflicts;
    }

    /** Who is busy and when, for a page that writes the times out in its reader's time zone. */
    public List<Busy> busy() {
        return busy;
    }

    private static String describe(List<SchedulingRows.ConflictRow> rows) {
        if (rows.isEmpty()) {
            return "Someone on this interview is already booked at that time.";
        }
        return "Double booking: " + String.join("; ", rows.stream().map(row -> row.who() + " is busy from "
                + row.startsAt() + " to " + row.endsAt() + " (interview " + row.interviewId() + ")").toList()) + ".";
    }
}
