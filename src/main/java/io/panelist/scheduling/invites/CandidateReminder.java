package io.panelist.scheduling.invites;

import io.micronaut.context.annotation.Value;
import io.panelist.notifications.Outbox;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.OutboxMail;
import io.panelist.notifications.mail.MailTemplates;
import io.panelist.notifications.mail.MailTimes;
import io.panelist.recruiting.candidates.CandidateService;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.shared.TimeZones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The candidate's reminder, PANELIST_REMINDERS_CANDIDATE_BEFORE (a day) before the interview, in the interview's
 * time zone. It is written to the outbox when the time is set, due then, so the dispatcher sends it on time with no
 * job of its own; a new time or place replaces it (a key per SEQUENCE), cancelling skips it, and an interview booked
 * closer than that gets none: the invitation has just said it all.
 */
@Singleton
class CandidateReminder {
    private final Outbox outbox;
    private final MailTemplates templates;
    private final CandidateService candidates;
    private final Duration before;
    private final Clock clock;

    CandidateReminder(Outbox outbox, MailTemplates templates, CandidateService candidates,
                      @Value("${panelist.reminders.candidate-before:P1D}") Duration before, Clock clock) {
        if (before.isNegative() || before.isZero()) {
            throw new IllegalArgumentException("PANELIST_REMINDERS_CANDIDATE_BEFORE must be positive, such as P1D");
        }
        this.outbox = outbox;
        this.templates = templates;
        this.candidates = candidates;
        this.before = before;
        this.clock = clock;
    }

    /** The interview's time or place is set: the reminder for it, unless it is too close already. */
    void schedule(InterviewResponse interview) {
        Instant due = interview.startsAt().minus(before);
        if (!due.isAfter(clock.instant())) {
            return;
        }
        candidates.candidateEmail(interview.candidateId()).filter(email -> !email.isBlank()).ifPresent(email ->
                outbox.enqueueMail(letter(interview, email).dueAt(due)));
    }

    /**
     * The interview's time or place changed, or it was cancelled: no reminder written for it is sent (one per
     * SEQUENCE so far; a cancellation has already counted one up).
     */
    void withdraw(InterviewResponse interview) {
        outbox.skipAll(IntStream.rangeClosed(0, interview.sequence()).mapToObj(n -> key(interview.id(), n)).toList());
    }

    private OutboxMail letter(InterviewResponse interview, String email) {
        ZoneId zone = TimeZones.orUtc(interview.timeZone());
        String subject = "Reminder: your interview for " + MailTimes.oneLine(interview.positionTitle()) + ", "
                + MailTimes.brief(interview.startsAt(), zone);
        Map<String, Object> values = new HashMap<>();
        values.put("subject", subject);
        values.put("name", interview.candidateName());
        values.put("position", interview.positionTitle());
        values.put("stage", interview.stageName());
        values.put("when", MailTimes.span(interview.startsAt(), interview.endsAt(), zone));
        values.put("location", interview.location().isBlank() ? null : interview.location());
        MailTemplates.Bodies bodies = templates.render("candidate-reminder", values);
        return OutboxMail.of(OutboxKind.CANDIDATE_REMINDER, email, subject, bodies.text(), bodies.html())
                .aboutCandidate(interview.candidateId())
                .dedupedBy(key(interview.id(), interview.sequence()));
    }

    private static String key(UUID interviewId, int sequence) {
        return "candidate-reminder:" + interviewId + ":" + sequence;
    }
}
