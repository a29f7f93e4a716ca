package io.panelist.scheduling.qualifications;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * Someone who may sit on panels (INTERVIEWER or HIRING_MANAGER), as a recruiter picks a panel: their time zone (their
 * availability's, else their own), their qualifications by topic key, and how many interviews that are not cancelled
 * start in their current week (Monday to Monday in that time zone).
 */
@Serdeable
public record InterviewerSummary(UUID id, String displayName, String email, String timeZone,
                                 List<Qualification> qualifications, int interviewsThisWeek) {
    public InterviewerSummary {
        qualifications = List.copyOf(qualifications);
    }
}
