package io.panelist.scheduling;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.FieldProblem;
import io.panelist.shared.PanelistException;

import java.util.List;

/** A double booking: names who is busy, in which interview, and when. */
public final class InterviewConflictException extends PanelistException {
    private final List<FieldProblem> conflicts;

    InterviewConflictException(List<SchedulingRows.ConflictRow> rows) {
        super(HttpStatus.CONFLICT, "interview-conflict", describe(rows));
        this.conflicts = rows.stream().map(row -> new FieldProblem(row.userId() == null ? "candidate"
                : "panelistIds/" + row.userId(), row.who() + " is already in interview " + row.interviewId()
                + " from " + row.startsAt() + " to " + row.endsAt())).toList();
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return conflicts;
    }

    private static String describe(List<SchedulingRows.ConflictRow> rows) {
        if (rows.isEmpty()) {
            return "Someone on this interview is already booked at that time.";
        }
        return "Double booking: " + String.join("; ", rows.stream().map(row -> row.who() + " is busy from "
                + row.startsAt() + " to " + row.endsAt() + " (interview " + row.interviewId() + ")").toList()) + ".";
    }
}
