package io.panelist.web.recruiting;

import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationStatus;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** One application in a list: the position, the status in words, since when. */
public record ApplicationRow(UUID id, UUID candidateId, String candidate, String position, String status,
                      String statusClass, String applied, String closedReason, boolean active) {

    public static ApplicationRow of(ApplicationResponse application, ZoneId zone) {
        return new ApplicationRow(application.id(), application.candidateId(), application.candidateName(),
                application.positionTitle(), status(application.status()),
                "status-" + application.status().name().toLowerCase(Locale.ROOT),
                TimeWording.day(application.createdAt(), zone), application.closedReason(),
                application.status() == ApplicationStatus.ACTIVE);
    }

    private static String status(ApplicationStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case HIRED -> "Hired";
            case REJECTED -> "Rejected";
            case WITHDRAWN -> "Withdrawn";
        };
    }
}
