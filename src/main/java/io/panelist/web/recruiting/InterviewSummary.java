package io.panelist.web.recruiting;

import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * An interview as the recruiter's pages show it: its time in the reader's time zone (and in the interview's own zone
 * when that differs), the panel, the status in words, the warnings its last write raised.
 */
public record InterviewSummary(UUID id, UUID applicationId, UUID candidateId, String candidate, String position,
                        String stage, String when, String zone, String localWhen, long minutes, String location,
                        boolean locationIsLink, String status, String statusClass, String reason, List<Person> panel,
                        boolean scheduled, List<String> warnings, String weekFrom) {

    record Person(UUID id, String name, String email) {
    }

    public static InterviewSummary of(InterviewResponse interview, ZoneId reader) {
        ZoneId own = ZoneId.of(interview.timeZone());
        String localWhen = own.equals(reader) ? null
                : own.getId() + ": " + TimeWording.range(interview.startsAt(), interview.endsAt(), own);
        String location = interview.location() == null ? "" : interview.location();
        return new InterviewSummary(interview.id(), interview.applicationId(), interview.candidateId(),
                interview.candidateName(), interview.positionTitle(), interview.stageName(),
                TimeWording.range(interview.startsAt(), interview.endsAt(), reader), reader.getId(), localWhen,
                Duration.between(interview.startsAt(), interview.endsAt()).toMinutes(), location,
                TimeWording.isLink(location), status(interview.status()),
                "status-" + interview.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                interview.statusReason(), interview.panelists().stream()
                        .map(p -> new Person(p.id(), p.displayName(), p.email())).toList(),
                interview.status() == InterviewStatus.SCHEDULED, interview.warnings(),
                interview.startsAt().atZone(reader).toLocalDate().with(
                        java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).toString());
    }

    public static String status(InterviewStatus status) {
        return switch (status) {
            case SCHEDULED -> "Scheduled";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
            case NO_SHOW -> "No-show";
        };
    }
}
